package dev.cambrian.api;

/**
 * A number that is not a valid value of what it stands for: not finite, negative or not positive
 * ({@link Checks}). Thrown when a model's figure comes out so, which the host tells apart from a
 * plugin's other errors: with the user's values in force it is their input that broke the arithmetic
 * (API 1.4.0).
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the value is and what it was
     */
    public InvalidValueException(String message) {
        super(message);
    }
}
