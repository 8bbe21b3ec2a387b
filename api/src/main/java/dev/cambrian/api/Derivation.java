package dev.cambrian.api;

/**
 * One step of how a figure was obtained, for {@code explain}: the quantity, its value and unit,
 * the formula, the inputs that went in, and where the formula or numbers come from.
 */
public record Derivation(String quantity, double value, String unit, String formula, String inputs, String source) {
    /**
     * A number as derivation inputs write it: four significant figures (one format for every model).
     *
     * @param v the number
     * @return a number as derivation inputs write it: four significant figures (one format for every model)
     */
    public static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param quantity what is computed
     * @param value its value
     * @param unit its unit
     * @param formula the formula
     * @param inputs the numbers that went in
     * @param source where the formula comes from
     */
    public Derivation {
        Checks.text("quantity", quantity);
        Checks.finite(quantity, value);
        Checks.text("unit of " + quantity, unit);
        Checks.text("formula of " + quantity, formula);
        inputs = inputs == null ? "" : inputs;
        Checks.text("source of " + quantity, source);
    }
}
