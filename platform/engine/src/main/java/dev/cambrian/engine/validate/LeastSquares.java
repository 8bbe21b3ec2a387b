package dev.cambrian.engine.validate;

/**
 * Ordinary least squares through the normal equations, for the handful of regressors the utilization
 * model has. A column that is non-zero in fewer than {@value #MIN_RUNS} rows (say one FP8 run) would fit
 * those rows exactly, a constant tuned to one run: it is reported as not identified and held at zero
 * (no effect) instead.
 */
final class LeastSquares {
    static final int MIN_RUNS = 3;

    private LeastSquares() {
    }

    /** Coefficients b minimising |X b - y|^2; identified[j] is false for a column too rarely non-zero. */
    record Solution(double[] coefficients, boolean[] identified) {
    }

    static Solution fit(double[][] x, double[] y) {
        int k = x[0].length;
        int[] nonZero = new int[k];
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                nonZero[j] += row[j] != 0 ? 1 : 0;
            }
        }
        boolean[] identified = new boolean[k];
        for (int j = 0; j < k; j++) {
            identified[j] = nonZero[j] >= MIN_RUNS;
        }
        int[] used = java.util.stream.IntStream.range(0, k).filter(j -> identified[j]).toArray();
        int m = used.length;
        double[][] a = new double[m][m + 1];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    a[i][j] += x[r][used[i]] * x[r][used[j]];
                }
                a[i][m] += x[r][used[i]] * y[r];
            }
        }
        double[] solved = solve(a);
        double[] b = new double[k];
        for (int i = 0; i < m; i++) {
            b[used[i]] = solved[i];
        }
        return new Solution(b, identified);
    }

    /** Gaussian elimination with partial pivoting on an augmented m x (m+1) matrix. */
    private static double[] solve(double[][] a) {
        int m = a.length;
        for (int c = 0; c < m; c++) {
            int pivot = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-12) {
                throw new IllegalArgumentException("the runs do not determine the utilization model: regressors "
                        + "are collinear (add runs that differ in size, device count, MoE or precision)");
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < m; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int j = c; j <= m; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = a[i][m] / a[i][i];
        }
        return b;
    }
}
