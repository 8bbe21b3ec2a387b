package dev.cambrian.engine.uncertainty;

/**
 * P10, P50 and P90 of a sampled figure, its mean, and the smallest and largest sample, over the
 * samples with a valid answer. Percentiles interpolate linearly between the order statistics at
 * (n - 1) p (Hyndman and Fan's type 7, NumPy's and R's default). The mean is a compensated
 * (Neumaier) sum in sample order, clamped to [min, max]: it does not depend on the thread count, and
 * a constant figure's mean is that constant.
 */
public record Percentiles(double p10, double p50, double p90, double mean, double min, double max) {

    /** The three percentiles reported, in increasing order. */
    static final double[] LEVELS = {0.10, 0.50, 0.90};

    /**
     * @param column one value per sample, NaN where there was no valid answer; at least one is valid.
     *               A long column is read once against brackets taken from a sample of it
     *               ({@link PercentileBrackets}); when a bracket misses, or the column is short, one copy of
     *               the valid values is partly ordered by selection. Either way the order statistics are
     *               exactly a full sort's.
     */
    public static Percentiles of(double[] column) {
        if (column.length >= PercentileBrackets.MIN_LENGTH) {
            Percentiles p = PercentileBrackets.of(column, LEVELS);
            if (p != null) {
                return p;
            }
        }
        return bySelection(column);
    }

    /** Copies the valid values and selects the order statistics in them. */
    static Percentiles bySelection(double[] column) {
        double[] values = new double[column.length];
        int n = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no valid values");
        }
        OrderStatistics order = new OrderStatistics(values, n);
        double min = order.smallest();
        double max = order.largest();
        double mean = Math.min(max, Math.max(min, sum(column) / n));
        double p10 = at(order, n, LEVELS[0]);
        double p50 = at(order, n, LEVELS[1]);
        double p90 = at(order, n, LEVELS[2]);
        return new Percentiles(p10, p50, p90, mean, min, max);
    }

    /** Whether the column has a valid value (not NaN): {@link #of} needs one. */
    static boolean anyValid(double[] column) {
        for (double v : column) {
            if (v == v) {
                return true;
            }
        }
        return false;
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

    /** The type-7 percentile p of n values. */
    static double at(OrderStatistics order, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo + 1 >= n) {
            return order.get(n - 1);
        }
        return interpolate(order.get(lo), order.get(lo + 1), h - lo);
    }

    /** Between the order statistics at floor(h) and the next, clamped so rounding never leaves them. */
    static double interpolate(double low, double high, double fraction) {
        double x = low + fraction * (high - low);
        return Math.min(high, Math.max(low, x));
    }
}
