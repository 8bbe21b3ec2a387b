package dev.cambrian.engine.uncertainty;

/**
 * Spearman's rank correlation: the Pearson correlation of the two samples' ranks, tied values sharing
 * their average rank. 1: the figure always rises with the parameter; -1: always falls; 0: no monotone link.
 */
final class Spearman {
    private Spearman() {
    }

    /** The correlation of x and y over their first n values; 0 when either does not vary. */
    static double rho(double[] x, double[] y, int n) {
        return correlation(Ranks.of(x, n), Ranks.of(y, n));
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
}
