package dev.cambrian.api.absolute;

import dev.cambrian.api.Checks;
import dev.cambrian.api.Range;

/**
 * A datasheet or market figure with where it comes from: a point ({@link #of}) or a range
 * ({@link #range}). Every number in a {@link DeviceSpec} is one of these.
 */
public record Figure(Range range, String source) {
    public Figure {
        if (range == null) {
            throw new IllegalArgumentException("a figure needs a value or a range");
        }
        Checks.text("source of a figure", source);
    }

    public static Figure of(double value, String source) {
        return new Figure(Range.of(value), source);
    }

    public static Figure range(double low, double nominal, double high, String source) {
        return new Figure(new Range(low, nominal, high), source);
    }

    /** The nominal value. */
    public double value() {
        return range.nominal();
    }
}
