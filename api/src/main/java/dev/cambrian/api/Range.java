package dev.cambrian.api;

/**
 * A figure known only within bounds: low &le; nominal &le; high, all finite.
 * Every ranged quantity crossing the SPI is one of these, never a lone double.
 */
public record Range(double low, double nominal, double high) {

    public Range {
        Checks.finite("low", low);
        Checks.finite("nominal", nominal);
        Checks.finite("high", high);
        if (low > nominal || nominal > high) {
            throw new IllegalArgumentException(
                    "range must satisfy low <= nominal <= high, got " + low + " / " + nominal + " / " + high);
        }
    }

    /** A point: low, nominal and high all equal. */
    public static Range of(double value) {
        return new Range(value, value, value);
    }

    public static Range of(double low, double high) {
        return new Range(low, (low + high) / 2, high);
    }

    public boolean isPoint() {
        return low == high;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    public Range plus(Range other) {
        return new Range(low + other.low, nominal + other.nominal, high + other.high);
    }

    public Range times(double factor) {
        if (factor < 0) {
            return new Range(high * factor, nominal * factor, low * factor);
        }
        return new Range(low * factor, nominal * factor, high * factor);
    }
}
