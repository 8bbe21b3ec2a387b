package dev.cambrian.cli;

/** Raised when the computation ran but no result is valid: exit code 1. */
public final class NothingValidException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NothingValidException(String message) {
        super(message);
    }
}
