package dev.cambrian.api;

/**
 * A declared input of a backend's models, with its unit, its range and where the numbers come from.
 *
 * @param name        kebab-case, unique within the backend ({@code power-watts})
 * @param unit        the unit of every value ({@code W}, {@code USD/device-hour}, {@code 1} for ratios)
 * @param range       default low / nominal / high
 * @param integer     whether only whole values are accepted (device counts, switches)
 * @param source      seed file and section, or paper or datasheet
 */
public record Parameter(
        String name,
        String unit,
        Range range,
        Distribution distribution,
        boolean integer,
        String description,
        String source) {

    public Parameter {
        Checks.id("parameter name", name);
        Checks.text("unit of " + name, unit);
        if (range == null || distribution == null) {
            throw new IllegalArgumentException("parameter " + name + " needs a range and a distribution");
        }
        if (integer && (!isWhole(range.low()) || !isWhole(range.nominal()) || !isWhole(range.high()))) {
            throw new IllegalArgumentException("integer parameter " + name + " has a fractional default " + range);
        }
        Checks.text("description of " + name, description);
        Checks.text("source of " + name, source);
    }

    public static boolean isWhole(double value) {
        return value == Math.rint(value);
    }

    /** A fixed value: a decision or a datasheet fact. */
    public static Parameter fixed(String name, String unit, double value, String description, String source) {
        return new Parameter(name, unit, Range.of(value), Distribution.FIXED, false, description, source);
    }

    /** A fixed whole number. */
    public static Parameter count(String name, String unit, long value, String description, String source) {
        return new Parameter(name, unit, Range.of(value), Distribution.FIXED, true, description, source);
    }

    /** An uncertain value with a triangular distribution over its range. */
    public static Parameter uncertain(String name, String unit, Range range, String description, String source) {
        return new Parameter(name, unit, range, Distribution.TRIANGULAR, false, description, source);
    }

    public Parameter withRange(Range newRange) {
        return new Parameter(name, unit, newRange, distribution, integer, description, source);
    }
}
