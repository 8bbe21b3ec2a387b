package dev.cambrian.api.absolute;

import dev.cambrian.api.Checks;
import dev.cambrian.api.Range;

/**
 * A datasheet or market figure with where it comes from: a point ({@link #of}) or a range
 * ({@link #range}). Every number in a {@link DeviceSpec} is one of these.
 */
public record Figure(Range range, String source) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param range the value, low / nominal / high
     * @param source where the figure comes from (datasheet, paper and table, or seed section)
     */
    public Figure {
        if (range == null) {
            throw new IllegalArgumentException("a figure needs a value or a range");
        }
        Checks.text("source of a figure", source);
    }

    /**
     * A single value.
     *
     * @param value  the value
     * @param source where it comes from
     * @return the figure
     */
    public static Figure of(double value, String source) {
        return new Figure(Range.of(value), source);
    }

    /**
     * A value known within a range.
     *
     * @param low     low end
     * @param nominal best estimate
     * @param high    high end
     * @param source  where it comes from
     * @return the figure
     */
    public static Figure range(double low, double nominal, double high, String source) {
        return new Figure(new Range(low, nominal, high), source);
    }

    /**
     * The nominal value.
     *
     * @return the nominal value
     */
    public double value() {
        return range.nominal();
    }
}
