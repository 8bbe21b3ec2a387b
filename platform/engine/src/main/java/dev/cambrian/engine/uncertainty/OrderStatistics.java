package dev.cambrian.engine.uncertainty;

/**
 * The k-th smallest of n values, by selection (Hoare's quickselect with a median-of-three pivot) in
 * place: linear time on average where a full sort takes n log n, and the same values a sort would put
 * at k. Asked in increasing k, as percentiles are, each search starts where the last one ended.
 */
final class OrderStatistics {
    private final double[] values;
    private final int n;
    /** Every value before this index is at most every value from it on; the last one before it is in place. */
    private int settled;

    /** @param values the first n are the values (no NaN); they are reordered */
    OrderStatistics(double[] values, int n) {
        this.values = values;
        this.n = n;
    }

    double smallest() {
        return get(0);
    }

    /** Moves the smallest of [from, n) to {@code from}: the next order statistic, by one scan instead of a selection. */
    private void bringSmallest(int from) {
        int at = from;
        for (int i = from + 1; i < n; i++) {
            if (values[i] < values[at]) {
                at = i;
            }
        }
        double t = values[from];
        values[from] = values[at];
        values[at] = t;
    }

    double largest() {
        double max = values[0];
        for (int i = 1; i < n; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    /** The k-th smallest (k from 0); ask in non-decreasing k (a k asked before may be asked again). */
    double get(int k) {
        if (k < settled) {
            return values[k];
        }
        if (k == settled) {
            bringSmallest(k);
            settled = k + 1;
            return values[k];
        }
        int lo = settled;
        int hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(values[lo], values[mid], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            // now [lo, j] <= pivot <= [i, hi], and any index between j and i holds the pivot's value
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        settled = k + 1; // [0, k] is left alone from now on: values[k] stays the k-th smallest
        return values[k];
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
