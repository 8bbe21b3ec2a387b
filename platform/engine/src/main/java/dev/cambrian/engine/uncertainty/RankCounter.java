package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The probability of each rank position: at every sample index the backends are ranked by the figure
 * (smallest first; a sample with no valid answer after every valid one; ties by backend id), and each
 * backend's position is counted. Each backend's row and each position's column sum to 1.
 */
final class RankCounter {
    private RankCounter() {
    }

    /**
     * @return [backend][position], position 0 = rank 1; counted in slices of samples on the given threads
     *         (whole counts add up the same in any order)
     */
    static double[][] probabilities(List<double[]> figures, List<String> ids, int samples, int threads) {
        int b = figures.size();
        String[] sortedIds = ids.toArray(String[]::new);
        Arrays.sort(sortedIds);
        int[] idOrder = new int[b];
        for (int k = 0; k < b; k++) {
            idOrder[k] = Arrays.binarySearch(sortedIds, ids.get(k));
        }
        double[][] columns = figures.toArray(double[][]::new);
        List<Callable<long[][]>> slices = new ArrayList<>();
        for (int from = 0; from < samples; from += ChunkPlan.CHUNK_SIZE * 16) {
            int start = from;
            int end = Math.min(samples, from + ChunkPlan.CHUNK_SIZE * 16);
            slices.add(() -> count(columns, idOrder, start, end));
        }
        long[][] counts = new long[b][b];
        for (long[][] slice : Parallel.all(slices, threads)) {
            for (int k = 0; k < b; k++) {
                for (int p = 0; p < b; p++) {
                    counts[k][p] += slice[k][p];
                }
            }
        }
        double[][] out = new double[b][b];
        for (int k = 0; k < b; k++) {
            for (int p = 0; p < b; p++) {
                out[k][p] = (double) counts[k][p] / samples;
            }
        }
        return out;
    }

    private static long[][] count(double[][] columns, int[] idOrder, int start, int end) {
        int b = columns.length;
        long[][] counts = new long[b][b];
        for (int i = start; i < end; i++) {
            for (int k = 0; k < b; k++) {
                int position = 0;
                for (int other = 0; other < b; other++) {
                    if (other != k && before(columns[other][i], idOrder[other], columns[k][i], idOrder[k])) {
                        position++;
                    }
                }
                counts[k][position]++;
            }
        }
        return counts;
    }

    private static boolean before(double a, int idA, double b, int idB) {
        boolean aNone = Double.isNaN(a);
        boolean bNone = Double.isNaN(b);
        if (aNone != bNone) {
            return bNone;
        }
        if (!aNone && a != b) {
            return a < b;
        }
        return idA < idB;
    }
}
