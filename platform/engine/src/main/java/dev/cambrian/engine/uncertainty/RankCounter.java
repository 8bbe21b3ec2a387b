package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The probability of each rank position: at every sample index the backends are ranked by the figure
 * (smallest first; a sample with no valid answer after every valid one), and each backend's position
 * is counted. Backends tied exactly (equal values, or several with no valid answer) share the
 * positions their group spans: each of k gets 1/k of each. Each row and each column sums to 1.
 */
final class RankCounter {
    /** Samples per counting task: slices are fixed, so their sums add up in the same order on any thread count. */
    static final int SLICE = ChunkPlan.CHUNK_SIZE * 16;

    private RankCounter() {
    }

    /** @return [backend][position], position 0 = rank 1, backends in the order of {@code figures} */
    static double[][] probabilities(List<double[]> figures, int samples, int threads) {
        int b = figures.size();
        double[][] columns = figures.toArray(double[][]::new);
        List<Callable<double[][]>> slices = new ArrayList<>();
        for (int from = 0; from < samples; from += SLICE) {
            int start = from;
            int end = Math.min(samples, from + SLICE);
            slices.add(() -> count(columns, start, end));
        }
        double[][] out = new double[b][b];
        for (double[][] slice : Parallel.all(slices, threads)) {
            for (int k = 0; k < b; k++) {
                for (int p = 0; p < b; p++) {
                    out[k][p] += slice[k][p];
                }
            }
        }
        for (double[] row : out) {
            for (int p = 0; p < b; p++) {
                row[p] /= samples;
            }
        }
        return out;
    }

    static double[][] count(double[][] columns, int start, int end) {
        int b = columns.length;
        double[][] counts = new double[b][b];
        for (int i = start; i < end; i++) {
            for (int k = 0; k < b; k++) {
                double v = columns[k][i];
                int ahead = 0;
                int tied = 0;
                for (int other = 0; other < b; other++) {
                    double w = columns[other][i];
                    if (other == k) {
                        continue;
                    }
                    if (w == v || Double.isNaN(w) && Double.isNaN(v)) {
                        tied++;
                    } else if (!Double.isNaN(w) && (Double.isNaN(v) || w < v)) {
                        ahead++;
                    }
                }
                double share = 1.0 / (tied + 1);
                for (int p = ahead; p <= ahead + tied; p++) {
                    counts[k][p] += share;
                }
            }
        }
        return counts;
    }
}
