package dev.cambrian.engine.uncertainty;

import java.util.Arrays;

/**
 * P10, P50 and P90 of a sampled figure, its mean, and the smallest and largest sample, over the
 * samples with a valid answer. Percentiles interpolate linearly between the order statistics at
 * (n - 1) p (Hyndman and Fan's type 7, NumPy's and R's default). The mean is a compensated
 * (Neumaier) sum in sample order, clamped to [min, max]: it does not depend on the thread count, and
 * a constant figure's mean is that constant.
 */
public record Percentiles(double p10, double p50, double p90, double mean, double min, double max) {

    /**
     * @param column one value per sample, NaN where there was no valid answer; at least one is valid.
     *               One sorted copy is made (Arrays.sort puts NaN last), nothing else of its size.
     */
    public static Percentiles of(double[] column) {
        double[] sorted = column.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        while (n > 0 && Double.isNaN(sorted[n - 1])) {
            n--;
        }
        if (n == 0) {
            throw new IllegalArgumentException("no valid values");
        }
        double min = sorted[0];
        double max = sorted[n - 1];
        double mean = Math.min(max, Math.max(min, sum(column) / n));
        return new Percentiles(at(sorted, n, 0.10), at(sorted, n, 0.50), at(sorted, n, 0.90), mean, min, max);
    }

    /** Neumaier's compensated sum of the non-NaN values, in order. */
    static double sum(double[] column) {
        double sum = 0;
        double lost = 0;
        for (double v : column) {
            if (Double.isNaN(v)) {
                continue;
            }
            double t = sum + v;
            lost += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return sum + lost;
    }

    /** The type-7 percentile p of the first n values of {@code sorted}. */
    static double at(double[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= n) {
            return sorted[n - 1];
        }
        double x = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        return Math.min(sorted[lo + 1], Math.max(sorted[lo], x));
    }
}
