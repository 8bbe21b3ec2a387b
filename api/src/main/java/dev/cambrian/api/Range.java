package dev.cambrian.api;

/**
 * A figure known only within bounds: low &le; nominal &le; high, all finite.
 * Every ranged quantity crossing the SPI is one of these, never a lone double.
 */
public record Range(double low, double nominal, double high) {

    /**
     * Checks low &lt;= nominal &lt;= high, all finite; throws IllegalArgumentException otherwise.
     *
     * @param low low end
     * @param nominal best estimate
     * @param high high end
     */
    public Range {
        Checks.finite("low", low);
        Checks.finite("nominal", nominal);
        Checks.finite("high", high);
        if (low > nominal || nominal > high) {
            throw new IllegalArgumentException(
                    "range must satisfy low <= nominal <= high, got " + low + " / " + nominal + " / " + high);
        }
    }

    /**
     * A point: low, nominal and high all equal.
     *
     * @param value the single value
     * @return a point: low, nominal and high all equal
     */
    public static Range of(double value) {
        return new Range(value, value, value);
    }

    /**
     * A range whose nominal is the middle of its ends.
     *
     * @param low  the low end
     * @param high the high end
     * @return the range low / (low + high) / 2 / high
     */
    public static Range of(double low, double high) {
        return new Range(low, (low + high) / 2, high);
    }

    /**
     * Whether the range is a single value.
     *
     * @return true when low and high are equal
     */
    public boolean isPoint() {
        return low == high;
    }

    /**
     * Whether a value lies within the ends, ends included.
     *
     * @param value the value
     * @return true when low &lt;= value &lt;= high
     */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /**
     * The sum of two ranges, end by end.
     *
     * @param other the range to add
     * @return low + low, nominal + nominal, high + high
     */
    public Range plus(Range other) {
        return new Range(low + other.low, nominal + other.nominal, high + other.high);
    }

    /**
     * The range scaled by a factor (the ends swap for a negative one).
     *
     * @param factor the multiplier
     * @return each value times the factor
     */
    public Range times(double factor) {
        if (factor < 0) {
            return new Range(high * factor, nominal * factor, low * factor);
        }
        return new Range(low * factor, nominal * factor, high * factor);
    }
}
