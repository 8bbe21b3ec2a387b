package dev.cambrian.cli;

/** The report could not be written where it was asked for: exit code 2, as for other usage errors (the target is the user's to fix). */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
