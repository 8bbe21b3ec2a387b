package dev.cambrian.engine.uncertainty;

import java.util.Arrays;

/**
 * The shape of one sampled figure, for a picture: the share of the samples in each of {@value #BINS}
 * bins between the smallest and the largest value, equal in width on a log scale when every value is
 * positive (the figures span orders of magnitude), on a linear one otherwise. It is read from at most
 * {@value #MAX_VALUES} of the samples, every k-th in sample order, so a run of millions pays almost
 * nothing for it; the percentiles are exact regardless ({@link Percentiles}).
 *
 * @param logBins    the bins are equal in log(value)
 * @param edges      BINS + 1 increasing edges, in the figure's unit
 * @param shares     the share of the values read in each bin (they sum to 1)
 * @param valuesRead how many values the shares count
 */
public record Histogram(boolean logBins, double[] edges, double[] shares, int valuesRead) {
    static final int BINS = 30;
    static final int MAX_VALUES = 1 << 16;

    public Histogram {
        edges = edges.clone();
        shares = shares.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    /** The centre of bin j: geometric on log bins, arithmetic otherwise. */
    public double centre(int j) {
        return logBins ? Math.sqrt(edges[j] * edges[j + 1]) : (edges[j] + edges[j + 1]) / 2;
    }

    /** The histogram of a column (NaN = no valid answer, skipped), or null when it has no valid value. */
    static Histogram of(double[] column) {
        int stride = Math.max(1, (column.length + MAX_VALUES - 1) / MAX_VALUES);
        double[] read = new double[(column.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < column.length; i += stride) {
            if (!Double.isNaN(column[i])) {
                read[n++] = column[i];
            }
        }
        if (n == 0) {
            return null;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, read[i]);
            max = Math.max(max, read[i]);
        }
        boolean log = min > 0;
        double lo = log ? Math.log(min) : min;
        double width = (log ? Math.log(max) : max) - lo;
        double[] edges = new double[BINS + 1];
        for (int j = 0; j <= BINS; j++) {
            double e = lo + width * j / BINS;
            edges[j] = log ? Math.exp(e) : e;
        }
        edges[0] = min; // exactly, whatever exp(log(x)) rounds to
        edges[BINS] = max;
        double[] shares = new double[BINS];
        for (int i = 0; i < n; i++) {
            double v = log ? Math.log(read[i]) : read[i];
            int j = width > 0 ? (int) ((v - lo) / width * BINS) : 0;
            shares[Math.min(BINS - 1, Math.max(0, j))] += 1.0 / n;
        }
        return new Histogram(log, edges, shares, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.logBins == logBins && h.valuesRead == valuesRead && Arrays.equals(h.edges, edges)
                && Arrays.equals(h.shares, shares);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(shares);
    }

    @Override
    public String toString() {
        return "Histogram[" + (logBins ? "log" : "linear") + ", " + valuesRead + " values, edges " + Arrays.toString(edges)
                + ", shares " + Arrays.toString(shares) + "]";
    }
}
