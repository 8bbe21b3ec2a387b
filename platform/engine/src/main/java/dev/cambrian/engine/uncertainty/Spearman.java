package dev.cambrian.engine.uncertainty;

import java.util.Arrays;

/**
 * Spearman's rank correlation: the Pearson correlation of the two samples' ranks, tied values sharing
 * their average rank. 1: the figure always rises with the parameter; -1: always falls; 0: no monotone link.
 */
final class Spearman {
    private Spearman() {
    }

    /** The correlation of x and y over their first n values; 0 when either does not vary. */
    static double rho(double[] x, double[] y, int n) {
        return correlation(ranks(x, n), ranks(y, n));
    }

    /** Pearson's correlation of two rank vectors of the same length (their mean is (n + 1) / 2); 0 when one is constant. */
    static double correlation(double[] rx, double[] ry) {
        int n = rx.length;
        double mean = (n + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = rx[i] - mean;
            double dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks 1..n; equal values get the average of the ranks they span. */
    static double[] ranks(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            int first = bound(sorted, values[i], false);
            // a value met once (the usual case for a continuous draw) needs no second search
            int end = first + 1 == n || Double.compare(sorted[first + 1], values[i]) != 0 ? first + 1
                    : bound(sorted, values[i], true);
            ranks[i] = (first + 1 + end) / 2.0; // average of ranks first+1 .. end
        }
        return ranks;
    }

    /** The first index whose value is not below v (upper: not at or below v). */
    private static int bound(double[] sorted, double v, boolean upper) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = Double.compare(sorted[mid], v);
            if (c < 0 || (upper && c == 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
