package dev.cambrian.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * The values a parameter can physically take: a fraction within [0, 1], a switch 0 or 1 (with
 * {@link Parameter#integer()}), a positive count. A value from the user outside them is bad input,
 * reported with where it came from before any plugin runs.
 *
 * @param min          lowest value, or negative infinity
 * @param minIncluded  whether {@code min} itself is allowed
 * @param max          highest value, or positive infinity
 * @param maxIncluded  whether {@code max} itself is allowed
 * @param values       the only values allowed, in increasing order (a number format's bits), or empty for every
 *                     value between min and max (API 1.4.0)
 */
public record Bounds(double min, boolean minIncluded, double max, boolean maxIncluded, List<Double> values) {
    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param min the least value
     * @param minIncluded whether the least value itself is allowed
     * @param max the greatest value
     * @param maxIncluded whether the greatest value itself is allowed
     * @param values the only values allowed, in increasing order, or empty
     */
    public Bounds {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bounds need min <= max, got " + min + " and " + max);
        }
        if (values == null) {
            throw new IllegalArgumentException("bounds need values (empty for every value between min and max)");
        }
        double before = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            // increasing and inside: describe() lists them in order, contains() tests membership after the range
            if (v == null || !Double.isFinite(v) || v <= before || v < min || v > max) {
                throw new IllegalArgumentException("bounds' values must be finite, increasing and within [" + min + ", " + max
                        + "], got " + values);
            }
            before = v;
        }
        values = values.stream().map(v -> v + 0.0).toList(); // -0.0 + 0.0 is 0.0: a value is found whatever its zero's sign
    }

    /**
     * Every value between {@code min} and {@code max}.
     *
     * @param min the least value
     * @param minIncluded whether the least value itself is allowed
     * @param max the greatest value
     * @param maxIncluded whether the greatest value itself is allowed
     */
    public Bounds(double min, boolean minIncluded, double max, boolean maxIncluded) {
        this(min, minIncluded, max, maxIncluded, List.of());
    }

    /**
     * Only these values (API 1.4.0): a choice among a few, such as the number formats a run trains in.
     *
     * @param values the values allowed, at least one, each finite
     * @return only these values
     */
    public static Bounds oneOf(double... values) {
        double[] sorted = DoubleStream.of(values).sorted().distinct().toArray();
        if (sorted.length == 0 || !DoubleStream.of(sorted).allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("oneOf needs at least one value, each finite, got " + Arrays.toString(values));
        }
        return new Bounds(sorted[0], true, sorted[sorted.length - 1], true, DoubleStream.of(sorted).boxed().toList());
    }

    /**
     * Any finite value.
     *
     * @return any finite value
     */
    public static Bounds any() {
        return new Bounds(-INF, false, INF, false);
    }

    /**
     * A share: 0 to 1, both included.
     *
     * @return a share: 0 to 1, both included
     */
    public static Bounds fraction() {
        return new Bounds(0, true, 1, true);
    }

    /**
     * A share that must not be zero (a utilization: at 0 nothing is ever trained).
     *
     * @return a share that must not be zero (a utilization: at 0 nothing is ever trained)
     */
    public static Bounds positiveFraction() {
        return new Bounds(0, false, 1, true);
    }

    /**
     * 0 or 1, with {@link Parameter#integer()}.
     *
     * @return 0 or 1, with {@link Parameter#integer()}
     */
    public static Bounds switchOf() {
        return fraction();
    }

    /**
     * Greater than 0.
     *
     * @return greater than 0
     */
    public static Bounds positive() {
        return new Bounds(0, false, INF, false);
    }

    /**
     * 0 or more.
     *
     * @return 0 or more
     */
    public static Bounds nonNegative() {
        return new Bounds(0, true, INF, false);
    }

    /** The longest phase of a programme taken, in months: fifty years, far past any programme's horizon. */
    private static final double LONGEST_PHASE_MONTHS = 600;

    /**
     * A phase of a programme in months, 0 to 600 (fifty years; API 1.5.0): a deployment, compose's integration. Past
     * it the hero month only grew towards the largest double (1e308 months was shown as such).
     *
     * @return 0 to 600 months, both included
     */
    public static Bounds phaseMonths() {
        return new Bounds(0, true, LONGEST_PHASE_MONTHS, true);
    }

    /**
     * {@code min} or more (a device count at least 1, a PUE at least 1).
     *
     * @param min the least value
     * @return {@code min} or more (a device count at least 1, a PUE at least 1)
     */
    public static Bounds atLeast(double min) {
        return new Bounds(min, true, INF, false);
    }

    /**
     * Whether a value is allowed.
     *
     * @param value the value
     * @return true inside the bounds
     */
    public boolean contains(double value) {
        return Double.isFinite(value)
                && (minIncluded ? value >= min : value > min)
                && (maxIncluded ? value <= max : value < max)
                && (values.isEmpty() || values.contains(value + 0.0));
    }

    /**
     * Whether every value of a range is allowed.
     *
     * @param range the range
     * @return true when both ends are inside
     */
    public boolean contains(Range range) {
        return contains(range.low()) && contains(range.nominal()) && contains(range.high());
    }

    /**
     * In words, for an error message: "within (0, 1]", "at least 1", "positive", "one of 4, 8, 16 or 32".
     *
     * @return in words, for an error message: "within (0, 1]", "at least 1", "positive", "one of 4, 8, 16 or 32"
     */
    public String describe() {
        if (!values.isEmpty()) {
            List<String> each = values.stream().map(Bounds::plain).toList();
            return each.size() == 1 ? each.get(0) : "one of " + String.join(", ", each.subList(0, each.size() - 1))
                    + " or " + each.get(each.size() - 1);
        }
        boolean open = max == INF;
        if (min == -INF && open) {
            return "finite";
        }
        if (open) {
            return min == 0 ? (minIncluded ? "zero or more" : "positive") : (minIncluded ? "at least " : "more than ") + plain(min);
        }
        if (min == -INF) {
            return (maxIncluded ? "at most " : "less than ") + plain(max);
        }
        return "within " + (minIncluded ? "[" : "(") + plain(min) + ", " + plain(max) + (maxIncluded ? "]" : ")");
    }

    /**
     * What a parameter declared without bounds gets: a switch 0 or 1, a whole number from 1 when its
     * default is, zero or more when its default is, else any value. Never tighter (a profile may set
     * a positive default to 0); a parameter that must be positive or a fraction says so.
     */
    static Bounds inferred(String unit, Range range, boolean integer) {
        if (integer && "switch".equals(unit)) {
            return switchOf();
        }
        if (integer && range.low() >= 1) {
            return atLeast(1);
        }
        return range.low() >= 0 ? nonNegative() : any();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
