package dev.cambrian.api;

/**
 * Thrown by a model when the input has no valid answer (failures leave no useful time, a workload the
 * technology cannot train at all). The host reports the reason as a finding about the estimate, not
 * as a broken plugin.
 */
public class InfeasibleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A run the backend cannot do.
     *
     * @param reason why, in one line the user can act on
     */
    public InfeasibleException(String reason) {
        super(reason);
    }
}
