package dev.cambrian.engine.uncertainty;

import java.util.Arrays;

/**
 * Exact percentiles of a long column in two straight reads of it, where selection in a copy reads it
 * several times and moves it about (Floyd and Rivest's idea of bracketing an order statistic from a sample): a strided sample of
 * the column gives for each percentile two values [a, b] that almost surely enclose the order
 * statistics it needs; one pass then counts the values below a, equal to a, equal to b, and keeps
 * the few strictly between. When the counts show the wanted ranks inside a bracket, they are read off
 * exactly (selection among the kept values); when a bracket missed (a column ordered to defeat the
 * sample), the caller falls back to selection over a full copy. The other pass takes the count, the
 * smallest and largest value and the compensated sum, as {@link Percentiles#bySelection} does.
 */
final class PercentileBrackets {
    /** Values read into the sample: about that many (the stride is a whole number). */
    static final int SAMPLE = 1 << 16;
    /** Shorter columns are selected in a copy: reading the sample would not pay for itself. */
    static final int MIN_LENGTH = 4 * SAMPLE;

    private PercentileBrackets() {
    }

    /** @return the percentiles at {@code levels} (increasing, three), or null when a bracket missed */
    static Percentiles of(double[] column, double[] levels) {
        Stream stream = Stream.of(sample(column), column.length, levels);
        if (stream == null) {
            return null;
        }
        stream.accept(column, 0, column.length);
        return stream.finish();
    }

    /**
     * The same for values read part by part, in sample order (the extremes and the compensated sum depend on
     * the order, the counts do not), against brackets from a sample of them taken beforehand: a run's first
     * chunks give it, so a figure's column need not be kept.
     */
    static final class Stream {
        private final double[] levels;
        private final Bracket[] brackets;
        private final boolean byBits;
        private final Pass pass = new Pass();

        private Stream(double[] levels, Bracket[] brackets, boolean byBits) {
            this.levels = levels;
            this.brackets = brackets;
            this.byBits = byBits;
        }

        /**
         * @param sample values of the column (no NaN) drawn independently of their order in it; reordered
         * @param values how many values the column has, at most (NaN included)
         * @return null when the sample is too small to bracket anything (mostly NaN)
         */
        static Stream of(double[] sample, long values, double[] levels) {
            int s = sample.length;
            if (s < SAMPLE / 8) {
                return null; // mostly NaN: the sample says too little
            }
            // where a percentile of the column falls in the sample spreads by about sqrt(s p (1 - p)) <= sqrt(s) / 2
            // positions: a margin of 3 sqrt(s) on each side is six of those
            int margin = (int) Math.ceil(3 * Math.sqrt(s));
            long expected = values * (2L * margin + 2) / s;
            int initial = (int) Math.min(values, expected + expected / 4 + 1024);
            int limit = (int) Math.min(values, 4 * expected + 1024);
            int[] ends = new int[2 * levels.length]; // positions in the sorted sample: low and high end of each bracket
            for (int k = 0; k < levels.length; k++) {
                double j = levels[k] * (s - 1);
                ends[2 * k] = Math.max(0, (int) Math.floor(j) - margin);
                ends[2 * k + 1] = Math.min(s - 1, (int) Math.ceil(j) + 1 + margin);
            }
            double[] endValues = sampleAt(sample, ends);
            Bracket[] brackets = new Bracket[levels.length];
            for (int k = 0; k < levels.length; k++) {
                brackets[k] = new Bracket(endValues[2 * k], endValues[2 * k + 1], initial, limit);
            }
            return new Stream(levels, brackets, positive(endValues));
        }

        /** Reads values [from, to), which follow every value read before in the column's order. */
        void accept(double[] values, int from, int to) {
            pass.add(values, from, to);
            if (byBits) {
                Pass.countByBits(values, from, to, brackets);
            } else {
                Pass.countByComparison(values, from, to, brackets);
            }
        }

        /** @return the percentiles of every value read, or null when a bracket missed */
        Percentiles finish() {
            int n = pass.n;
            if (n == 0) {
                throw new IllegalArgumentException("no valid values");
            }
            double[] at = new double[levels.length];
            for (int k = 0; k < levels.length; k++) {
                double h = (n - 1) * levels[k];
                int lo = (int) Math.floor(h);
                Bracket b = brackets[k];
                if (lo + 1 >= n) {
                    if (!b.holds(n - 1)) {
                        return null;
                    }
                    at[k] = b.get(n - 1);
                } else {
                    if (!b.holds(lo) || !b.holds(lo + 1)) {
                        return null;
                    }
                    at[k] = Percentiles.interpolate(b.get(lo), b.get(lo + 1), h - lo);
                }
            }
            double mean = Math.min(pass.max, Math.max(pass.min, (pass.sum + pass.lost) / n));
            return new Percentiles(at[0], at[1], at[2], mean, pass.min, pass.max);
        }
    }

    /** The values a sort of the sample would put at {@code positions}, found by selection (the sample is reordered). */
    private static double[] sampleAt(double[] sample, int[] positions) {
        int[] increasing = positions.clone();
        Arrays.sort(increasing);
        OrderStatistics order = new OrderStatistics(sample, sample.length);
        double[] out = new double[positions.length];
        for (int p : increasing) {
            double v = order.get(p);
            for (int k = 0; k < positions.length; k++) {
                if (positions[k] == p) {
                    out[k] = v;
                }
            }
        }
        return out;
    }

    /** Every stride-th value that is not NaN: {@link #SAMPLE} to twice that many of them, in column order. */
    private static double[] sample(double[] column) {
        int stride = Math.max(1, column.length / SAMPLE);
        double[] out = new double[(column.length + stride - 1) / stride];
        int s = 0;
        for (int i = 0; i < column.length; i += stride) {
            if (!Double.isNaN(column[i])) {
                out[s++] = column[i];
            }
        }
        return Arrays.copyOf(out, s);
    }

    /** Whether every bracket end is finite and above zero: then the bit patterns order the values (see {@link Pass#byBits}). */
    private static boolean positive(double[] ends) {
        for (double e : ends) {
            if (!(e > 0 && e < Double.POSITIVE_INFINITY)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The count, smallest and largest value and compensated sum of the values added so far (part after part,
     * in column order), read in a loop of their own; the brackets are counted in a second ({@link #countByBits}
     * or {@link #countByComparison}). Two simple loops run faster under C1, which the launcher runs, than one
     * that keeps every running figure.
     */
    private static final class Pass {
        int n;
        double min = Double.NaN;
        double max = Double.NaN;
        double sum;
        double lost;

        /** Adds values [from, to) (NaN skipped), which follow every value added before. */
        void add(double[] column, int from, int to) {
            int n = this.n;
            double min = this.min;
            double max = this.max;
            double sum = this.sum;
            double lost = this.lost;
            for (int i = from; i < to; i++) {
                double v = column[i];
                if (v != v) {
                    continue; // NaN: no valid answer
                }
                if (n++ == 0) {
                    min = v;
                    max = v;
                } else if (v < min) {
                    min = v;
                } else if (v > max) {
                    max = v;
                } else if (v == max && v == 0) {
                    max = Math.max(max, v); // +0 over -0, as Math.max orders them
                }
                double t = sum + v; // Neumaier, as Percentiles.sum
                lost += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
            }
            this.n = n;
            this.min = min;
            this.max = max;
            this.sum = sum;
            this.lost = lost;
        }

        /**
         * Each bracket's count below it and values in it, for brackets whose ends are all finite and above
         * zero. A value's raw bits, read as a signed long, are negative exactly when its sign bit is set (then
         * it is below every bracket), and otherwise order non-negative values as the values do; so "below a"
         * is the sign of a difference of longs, and "in [a, b]" one unsigned comparison that is rarely true.
         * No branch depends on where a value falls against a median, which the comparison pass mispredicts
         * half the time (about twice as fast on a long column under C1), and the usual NaN, positive, is
         * told apart by the same comparisons (3.4 against 4.0 ns a value in a microbenchmark under C1).
         */
        static void countByBits(double[] column, int from, int to, Bracket[] brackets) {
            Bracket b0 = brackets[0];
            Bracket b1 = brackets[1];
            Bracket b2 = brackets[2];
            long a0 = Double.doubleToRawLongBits(b0.a);
            long a1 = Double.doubleToRawLongBits(b1.a);
            long a2 = Double.doubleToRawLongBits(b2.a);
            // in [a, b] when (bits - a) as unsigned is at most (b - a): shifted by MIN_VALUE to compare as signed
            long span0 = Double.doubleToRawLongBits(b0.b) - a0 + Long.MIN_VALUE;
            long span1 = Double.doubleToRawLongBits(b1.b) - a1 + Long.MIN_VALUE;
            long span2 = Double.doubleToRawLongBits(b2.b) - a2 + Long.MIN_VALUE;
            long below0 = 0;
            long below1 = 0;
            long below2 = 0;
            for (int i = from; i < to; i++) {
                double v = column[i];
                long bits = Double.doubleToRawLongBits(v);
                if (bits < 0) { // negative, or -0: below every bracket; or a NaN with its sign bit set
                    if (v == v) {
                        below0++;
                        below1++;
                        below2++;
                    }
                    continue;
                }
                // a NaN without its sign bit (no valid answer) needs no test of its own: its bits are above every finite
                // value's, so it falls below no bracket and inside none
                long d0 = bits - a0;
                long d1 = bits - a1;
                long d2 = bits - a2;
                below0 += d0 >>> 63;
                below1 += d1 >>> 63;
                below2 += d2 >>> 63;
                if (d0 + Long.MIN_VALUE <= span0) {
                    b0.add(v);
                }
                if (d1 + Long.MIN_VALUE <= span1) {
                    b1.add(v);
                }
                if (d2 + Long.MIN_VALUE <= span2) {
                    b2.add(v);
                }
            }
            b0.below += (int) below0;
            b1.below += (int) below1;
            b2.below += (int) below2;
        }

        /** The same for any brackets (ends at zero, negative or infinite): by comparisons. */
        static void countByComparison(double[] column, int from, int to, Bracket[] brackets) {
            Bracket b0 = brackets[0];
            Bracket b1 = brackets[1];
            Bracket b2 = brackets[2];
            int below0 = 0;
            int below1 = 0; // also below a2, which is at least a1
            int between12 = 0; // in [a1, a2)
            for (int i = from; i < to; i++) {
                double v = column[i];
                if (v != v) {
                    continue; // NaN: no valid answer
                }
                // the brackets are in increasing order (a0 <= a1 <= a2, likewise their tops) but may overlap
                if (v < b1.a) {
                    below1++;
                    if (v < b0.a) {
                        below0++;
                    } else if (v <= b0.b) {
                        b0.add(v);
                    }
                } else {
                    if (v <= b0.b) {
                        b0.add(v);
                    }
                    if (v <= b1.b) {
                        b1.add(v);
                    }
                    if (v < b2.a) {
                        between12++;
                    } else if (v <= b2.b) {
                        b2.add(v);
                    }
                }
            }
            b0.below += below0;
            b1.below += below1;
            b2.below += below1 + between12;
        }
    }

    /** Values in [a, b]: counted at its ends, kept strictly inside. */
    private static final class Bracket {
        final double a;
        final double b;
        int below;
        int equalA;
        int equalB;
        double[] inside;
        final int limit;
        int size;
        boolean overflowed;
        private OrderStatistics order;

        /** @param limit values kept at most: more means the sample misled, and the caller falls back */
        Bracket(double a, double b, int initial, int limit) {
            this.a = a;
            this.b = b;
            this.inside = new double[initial];
            this.limit = limit;
        }

        /** v in [a, b]. */
        void add(double v) {
            if (v == a) {
                equalA++;
            } else if (v == b) {
                equalB++;
            } else if (size < inside.length) {
                inside[size++] = v;
            } else if (size < limit) {
                inside = Arrays.copyOf(inside, (int) Math.min(limit, 2L * size));
                inside[size++] = v;
            } else {
                overflowed = true;
            }
        }

        /** Whether the order statistic of rank r (from 0) is a, b or one of the values kept. */
        boolean holds(int r) {
            return !overflowed && r >= below && r < below + equalA + size + equalB;
        }

        /** The order statistic of rank r; ask {@link #holds} first, and in non-decreasing r. */
        double get(int r) {
            int i = r - below;
            if (i < equalA) {
                return a;
            }
            i -= equalA;
            if (i < size) {
                if (order == null) {
                    order = new OrderStatistics(inside, size);
                }
                return order.get(i);
            }
            return b;
        }
    }
}
