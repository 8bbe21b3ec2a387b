package dev.cambrian.cli;

/** Raised when plugin failures leave nothing to compute with: exit code 3. */
public final class NoUsableBackendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoUsableBackendException(String message) {
        super(message);
    }
}
