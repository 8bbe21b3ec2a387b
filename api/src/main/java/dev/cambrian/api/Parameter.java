package dev.cambrian.api;

/**
 * A declared input of a backend's models, with its unit, its range and where the numbers come from.
 *
 * @param name        kebab-case, unique within the backend ({@code power-watts})
 * @param unit        the unit of every value ({@code W}, {@code USD/device-hour}, {@code 1} for ratios)
 * @param range       default low / nominal / high
 * @param integer     whether only whole values are accepted (device counts, switches)
 * @param source      seed file and section, or paper or datasheet
 * @param bounds      the values it can physically take; a user's value outside them is bad input
 */
public record Parameter(
        String name,
        String unit,
        Range range,
        Distribution distribution,
        boolean integer,
        String description,
        String source,
        Bounds bounds) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param name kebab-case, unique within the backend
     * @param unit the unit of its values
     * @param range default low / nominal / high
     * @param distribution how Monte Carlo samples it
     * @param integer whether only whole values are accepted
     * @param description what the value is
     * @param source where the default comes from
     * @param bounds the values it can physically take
     */
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
        if (bounds == null || !bounds.contains(range)) {
            throw new IllegalArgumentException("parameter " + name + ": value " + range.low() + " / " + range.nominal() + " / "
                    + range.high() + " is not " + (bounds == null ? "bounded (bounds are null)" : bounds.describe()));
        }
    }

    /**
     * Without bounds: they are inferred from the unit and the default (see {@link Bounds#inferred}).
     *
     * @param name kebab-case, unique within the backend
     * @param unit the unit of its values
     * @param range default low / nominal / high
     * @param distribution how Monte Carlo samples it
     * @param integer whether only whole values are accepted
     * @param description what the value is
     * @param source where the default comes from
     */
    public Parameter(String name, String unit, Range range, Distribution distribution, boolean integer, String description,
                     String source) {
        this(name, unit, range, distribution, integer, description, source, Bounds.inferred(unit, range, integer));
    }

    /**
     * Whether a value is a whole number.
     *
     * @param value the value
     * @return true when it has no fractional part
     */
    public static boolean isWhole(double value) {
        return value == Math.rint(value);
    }

    /**
     * A fixed value: a decision or a datasheet fact.
     *
     * @param name kebab-case, unique within the backend
     * @param unit the unit of its values
     * @param value the value
     * @param description what the value is
     * @param source where the default comes from
     * @return a fixed value: a decision or a datasheet fact
     */
    public static Parameter fixed(String name, String unit, double value, String description, String source) {
        return new Parameter(name, unit, Range.of(value), Distribution.FIXED, false, description, source);
    }

    /**
     * A fixed whole number.
     *
     * @param name kebab-case, unique within the backend
     * @param unit the unit of its values
     * @param value the value
     * @param description what the value is
     * @param source where the default comes from
     * @return a fixed whole number
     */
    public static Parameter count(String name, String unit, long value, String description, String source) {
        return new Parameter(name, unit, Range.of(value), Distribution.FIXED, true, description, source);
    }

    /**
     * An uncertain value with a triangular distribution over its range.
     *
     * @param name kebab-case, unique within the backend
     * @param unit the unit of its values
     * @param range default low / nominal / high
     * @param description what the value is
     * @param source where the default comes from
     * @return an uncertain value with a triangular distribution over its range
     */
    public static Parameter uncertain(String name, String unit, Range range, String description, String source) {
        return new Parameter(name, unit, range, Distribution.TRIANGULAR, false, description, source);
    }

    /**
     * A share within [0, 1] (unit 1), uncertain over its range when it has one.
     *
     * @param name kebab-case, unique within the backend
     * @param range default low / nominal / high
     * @param description what the value is
     * @param source where the default comes from
     * @return a share within [0, 1] (unit 1), uncertain over its range when it has one
     */
    public static Parameter fraction(String name, Range range, String description, String source) {
        return new Parameter(name, "1", range, range.isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR, false,
                description, source, Bounds.fraction());
    }

    /**
     * A switch: 0 (off) or 1 (on), fixed.
     *
     * @param name kebab-case, unique within the backend
     * @param on whether it is on
     * @param description what the value is
     * @param source where the default comes from
     * @return a switch: 0 (off) or 1 (on), fixed
     */
    public static Parameter switchOf(String name, boolean on, String description, String source) {
        return new Parameter(name, "switch", Range.of(on ? 1 : 0), Distribution.FIXED, true, description, source,
                Bounds.switchOf());
    }

    /**
     * The same parameter with other physical bounds (its default must lie within them).
     *
     * @param newBounds the new bounds
     * @return the same parameter with other physical bounds (its default must lie within them)
     */
    public Parameter withBounds(Bounds newBounds) {
        return new Parameter(name, unit, range, distribution, integer, description, source, newBounds);
    }

    /**
     * The same parameter with another value in force: a profile's, a user's or a lever's. Its bounds
     * are the declared ones; a value outside them is reported by whoever set it (see the engine).
     *
     * @param newRange the value in force
     * @return the same parameter with another value in force: a profile's, a user's or a lever's
     */
    public Parameter withRange(Range newRange) {
        return new Parameter(name, unit, newRange, distribution, integer, description, source, bounds);
    }
}
