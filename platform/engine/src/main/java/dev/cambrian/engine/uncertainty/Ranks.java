package dev.cambrian.engine.uncertainty;

/**
 * Ranks 1..n of a sample, tied values sharing the average of the ranks they span, in linear time: the
 * values' bit patterns, made to sort as unsigned integers in {@link Double#compare} order, are radix
 * sorted a byte at a time (least significant first, stable) together with their positions, and runs of
 * equal values are then read off the sorted order. Exact, and about five times faster than sorting and
 * binary-searching every value, which matters because every sampled parameter is ranked.
 */
final class Ranks {
    private Ranks() {
    }

    /** @param values at least n values, none NaN */
    static double[] of(double[] values, int n) {
        if (n == 0) {
            return new double[0];
        }
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = sortable(values[i]);
            order[i] = i;
        }
        long[] keysOut = new long[n];
        int[] orderOut = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((keys[i] >>> shift) & 0xff) + 1]++;
            }
            if (count[(int) ((keys[0] >>> shift) & 0xff) + 1] == n) {
                continue; // every key has the same byte here: this pass would change nothing
            }
            for (int d = 0; d < 256; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                int at = count[(int) ((keys[i] >>> shift) & 0xff)]++;
                keysOut[at] = keys[i];
                orderOut[at] = order[i];
            }
            long[] k = keys;
            keys = keysOut;
            keysOut = k;
            int[] o = order;
            order = orderOut;
            orderOut = o;
        }
        double[] ranks = new double[n];
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && keys[end] == keys[start]) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0; // the average of ranks start+1 .. end
            for (int j = start; j < end; j++) {
                ranks[order[j]] = rank;
            }
            start = end;
        }
        return ranks;
    }

    /** The double's bits, mapped so that unsigned comparison of the result orders as {@link Double#compare} does. */
    static long sortable(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }
}
