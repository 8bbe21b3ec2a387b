package dev.cambrian.engine;

/**
 * Bad input from the user (a flag, a scenario file, a value). The message is one line that names
 * where (file:line:column, the flag or the parameter) and what is accepted.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
