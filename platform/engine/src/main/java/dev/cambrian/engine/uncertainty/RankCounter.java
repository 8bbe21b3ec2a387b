package dev.cambrian.engine.uncertainty;

import java.util.Arrays;
import java.util.List;

/**
 * The probability of each rank position: at every sample index the backends are ranked by the figure
 * (smallest first; a sample with no valid answer after every valid one; ties by backend id), and each
 * backend's position is counted. Each backend's row and each position's column sum to 1.
 */
final class RankCounter {
    private RankCounter() {
    }

    /** @return [backend][position], position 0 = rank 1 */
    static double[][] probabilities(List<double[]> figures, List<String> ids, int samples) {
        int b = figures.size();
        String[] sortedIds = ids.toArray(String[]::new);
        Arrays.sort(sortedIds);
        int[] idOrder = new int[b];
        for (int k = 0; k < b; k++) {
            idOrder[k] = Arrays.binarySearch(sortedIds, ids.get(k));
        }
        double[][] columns = figures.toArray(double[][]::new);
        long[][] counts = new long[b][b];
        for (int i = 0; i < samples; i++) {
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
        double[][] out = new double[b][b];
        for (int k = 0; k < b; k++) {
            for (int p = 0; p < b; p++) {
                out[k][p] = (double) counts[k][p] / samples;
            }
        }
        return out;
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
