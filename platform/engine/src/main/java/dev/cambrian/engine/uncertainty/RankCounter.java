package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The probability of each rank position: at every sample index the backends are ranked by the figure
 * (smallest first; a sample with no valid answer after every valid one), and each backend's position
 * is counted. Backends tied exactly (equal values, or several with no valid answer) share the
 * positions their group spans: each of k gets 1/k of each. A sample where no backend has a valid answer ranks no
 * one and is left out (it gave each an equal share of every position: 17,023 such samples of 20,000 credited a
 * backend that was last in every other sample with 28% at rank 1). Each row and each column sums to 1.
 */
final class RankCounter {
    /** Samples per counting task: slices are fixed, so their sums add up in the same order on any thread count. */
    static final int SLICE = ChunkPlan.CHUNK_SIZE * 16;

    private RankCounter() {
    }

    /**
     * The rank probabilities and the samples left out of them.
     *
     * @param byBackend [backend][position], position 0 = rank 1, backends in the order of the figures
     * @param samplesWithoutAnswer samples where no backend has a valid answer
     */
    record Probabilities(double[][] byBackend, int samplesWithoutAnswer) {
    }

    /** One slice's counts. */
    private record Slice(double[][] counts, int withoutAnswer) {
    }

    static Probabilities probabilities(List<double[]> figures, int samples, int threads) {
        int b = figures.size();
        if (b == 1) { // alone it is rank 1 wherever it has an answer: one count of NaN, not the sort (numpy-compare's case)
            double[] column = figures.get(0);
            int without = 0;
            for (int i = 0; i < samples; i++) {
                without += column[i] != column[i] ? 1 : 0;
            }
            return new Probabilities(new double[][] {{without == samples ? 0 : 1.0}}, without);
        }
        double[][] columns = figures.toArray(double[][]::new);
        List<Callable<Slice>> slices = new ArrayList<>();
        for (int from = 0; from < samples; from += SLICE) {
            int start = from;
            int end = Math.min(samples, from + SLICE);
            slices.add(() -> count(columns, start, end));
        }
        double[][] out = new double[b][b];
        int without = 0;
        for (Slice slice : Parallel.all(slices, threads)) {
            without += slice.withoutAnswer();
            for (int k = 0; k < b; k++) {
                for (int p = 0; p < b; p++) {
                    out[k][p] += slice.counts()[k][p];
                }
            }
        }
        int ranked = samples - without;
        for (double[] row : out) {
            for (int p = 0; p < b; p++) {
                row[p] = ranked == 0 ? 0 : row[p] / ranked;
            }
        }
        return new Probabilities(out, without);
    }

    /**
     * Counts samples [start, end): per sample the backends are put in order (insertion sort, starting from the
     * previous sample's order), then each run of equal values shares its positions. Each cell gets at most one addition per
     * sample, in sample order, whatever the sort did.
     */
    private static Slice count(double[][] columns, int start, int end) {
        int b = columns.length;
        double[][] counts = new double[b][b];
        int without = 0;
        int[] order = new int[b];
        for (int k = 0; k < b; k++) {
            order[k] = k;
        }
        double[] value = new double[b];
        for (int i = start; i < end; i++) {
            boolean any = false;
            for (int k = 0; k < b; k++) {
                value[k] = columns[k][i];
                any |= value[k] == value[k];
            }
            if (!any) {
                without++;
                continue;
            }
            for (int m = 1; m < b; m++) { // from the last sample's order: backends seldom swap, so this is nearly linear
                int k = order[m];
                int at = m;
                while (at > 0 && before(value[k], value[order[at - 1]])) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = k;
            }
            for (int from = 0; from < b; ) {
                int to = from + 1;
                while (to < b && same(value[order[to]], value[order[from]])) {
                    to++;
                }
                if (to == from + 1) { // alone at its position, as nearly always: 1 / 1 without the division
                    counts[order[from]][from] += 1.0;
                    from = to;
                    continue;
                }
                double share = 1.0 / (to - from);
                for (int m = from; m < to; m++) {
                    double[] row = counts[order[m]];
                    for (int p = from; p < to; p++) {
                        row[p] += share;
                    }
                }
                from = to;
            }
        }
        return new Slice(counts, without);
    }

    /** Smaller first; no valid answer (NaN) after every valid one. */
    private static boolean before(double v, double w) {
        return v < w || w != w && v == v; // the usual case, two valid values, settled by the first comparison
    }

    /** Tied: equal, or both without a valid answer. */
    private static boolean same(double v, double w) {
        return v == w || v != v && w != w;
    }
}
