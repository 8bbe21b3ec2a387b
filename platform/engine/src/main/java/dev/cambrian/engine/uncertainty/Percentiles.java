package dev.cambrian.engine.uncertainty;

import java.util.Arrays;

/**
 * P10, P50 and P90 of a sampled figure, its mean, and the smallest and largest sample, over the
 * samples with a valid answer. Percentiles interpolate linearly between the order statistics at
 * (n - 1) p (Hyndman and Fan's type 7, NumPy's and R's default), so they are ordered and lie inside
 * [min, max]. The mean is summed in sample order, so it does not depend on the thread count.
 */
public record Percentiles(double p10, double p50, double p90, double mean, double min, double max) {

    /** @param values at least one value, none NaN */
    static Percentiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.10), at(sorted, 0.50), at(sorted, 0.90), sum / values.length, sorted[0],
                sorted[sorted.length - 1]);
    }

    static double at(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double x = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        return Math.min(sorted[lo + 1], Math.max(sorted[lo], x));
    }
}
