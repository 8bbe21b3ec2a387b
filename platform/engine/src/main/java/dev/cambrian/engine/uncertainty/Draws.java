package dev.cambrian.engine.uncertainty;

/**
 * How uniform draws in [0, 1) become values of a distribution, always inside [low, high] (rounding is
 * clamped away): through its inverse distribution function, or for triangular draws also from two uniforms.
 */
final class Draws {
    private Draws() {
    }

    static double uniform(double u, double low, double high) {
        return clamp(low + u * (high - low), low, high);
    }

    /**
     * Uniform over the whole numbers from low to high, each with weight 1 / (high - low + 1): rounding a
     * continuous draw instead would give the two end values half the weight of the others.
     */
    static double uniformWhole(double u, double low, double high) {
        double lo = Math.ceil(low);
        double hi = Math.floor(high);
        return Math.min(hi, Math.floor(lo + u * (hi - lo + 1)));
    }

    /**
     * Triangular on [low, high] with its peak at mode (low &le; mode &le; high), from two uniforms u and v in [0, 1):
     * low + (high - mode) min(u, v) + (mode - low) max(u, v). A triangular variable on [0, 1] with its mode at c is
     * (1 - c) min(U, V) + c max(U, V) for independent uniforms U and V (Stein and Keblis, "A new method to simulate
     * the triangular distribution", Mathematical and Computer Modelling 49, 2009); scaled to the range, the weights
     * are the widths on each side of the mode. Where the inverse of the distribution function takes one uniform, it
     * takes a square root and a choice of side that a random draw mispredicts half the time; this takes a second
     * uniform, a minimum and a maximum, and under C1, which the launcher runs, a column of draws costs about two
     * thirds as much. {@link SplitMix#fillTriangular} computes the same bit for bit.
     */
    static double triangular(double u, double v, double low, double mode, double high) {
        double lower = Math.min(u, v);
        double upper = Math.max(u, v);
        return clamp(low + ((high - mode) * lower + (mode - low) * upper), low, high);
    }

    /**
     * The value of the triangular distribution on [low, high] with its peak at mode that a share u of its draws fall
     * below: its inverse distribution function at p = u. Draws through it from one uniform move together, each at the same
     * point of its own range, as every device kind's embodied carbon does in a sample
     * ({@link ChunkEvaluator#drawFactors}); {@link #triangular(double, double, double, double, double)} is cheaper where
     * draws are independent.
     */
    static double triangularQuantile(double u, double low, double mode, double high) {
        double width = high - low;
        double x = u * width < mode - low
                ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
        return clamp(x, low, high);
    }

    /**
     * {@code size} triangular quantiles into {@code out} of the uniforms already drawn in {@code u} ({@code out}
     * may be {@code u}): the same values as {@link #triangularQuantile} on each, bit for
     * bit. Which side of the mode a draw falls on is random, so a branch on it is mispredicted about as often as
     * not (about a third of the draws' time in a microbenchmark under C1, which the launcher runs, and C1 makes
     * no conditional moves): both sides' arguments are written, the sign of {@code r - left} (negative exactly
     * when {@code r < left}) picks one to take the square root of, and then the side's end. The clamp's usual
     * case (strictly inside) is tested in the loop: C1 does not inline the clamp.
     */
    static void triangularQuantiles(double[] u, double[] out, int size, double low, double mode, double high) {
        double width = high - low;
        double left = mode - low;
        double right = high - mode;
        double[] argument = new double[2]; // [right side, left side]
        double[] end = new double[2];
        for (int i = 0; i < size; i++) {
            double ui = u[i];
            double r = ui * width;
            int side = (int) (Double.doubleToRawLongBits(r - left) >>> 63); // 1: left of the mode
            argument[0] = (1 - ui) * width * right;
            argument[1] = r * left;
            double root = Math.sqrt(argument[side]);
            end[0] = high - root;
            end[1] = low + root;
            double x = end[side];
            out[i] = x > low && x < high ? x : clamp(x, low, high);
        }
    }

    /** Uniform in log between low and high; needs 0 &lt; low. */
    static double logUniform(double u, double low, double high) {
        double logLow = Math.log(low);
        return clamp(Math.exp(logLow + u * (Math.log(high) - logLow)), low, high);
    }

    /**
     * Math.min(high, Math.max(low, x)), bit for bit: the strict comparisons settle every value strictly
     * inside, and Math's own rules (NaN, signed zeros) the rest. The usual case costs no call where the JIT
     * does not inline Math.max (C1).
     */
    static double clamp(double x, double low, double high) {
        double m = x > low ? x : Math.max(low, x);
        return m < high ? m : Math.min(high, m);
    }
}
