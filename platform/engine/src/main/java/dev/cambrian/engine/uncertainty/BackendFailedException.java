package dev.cambrian.engine.uncertainty;

/** A backend that failed under the caller (its plugin threw, hung or returned nonsense): reported, not fatal. */
public final class BackendFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String backendId;

    /** @param description one line naming the plugin and the backend, for the user */
    public BackendFailedException(String backendId, String description) {
        super(description);
        this.backendId = backendId;
    }

    public String backendId() {
        return backendId;
    }
}
