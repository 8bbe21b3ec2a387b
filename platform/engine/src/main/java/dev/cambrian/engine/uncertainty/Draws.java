package dev.cambrian.engine.uncertainty;

/**
 * Inverse cumulative distribution functions: a uniform draw u in [0, 1) becomes a value of the
 * distribution, always inside [low, high] (rounding is clamped away).
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

    /** Triangular on [low, high] with its peak at mode (low &le; mode &le; high). */
    static double triangular(double u, double low, double mode, double high) {
        double width = high - low;
        double x = u * width < mode - low
                ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
        return clamp(x, low, high);
    }

    /**
     * {@code size} triangular draws into {@code out}, one uniform from {@code rng} each: the same values as
     * {@link #triangular(double, double, double, double)} on each, with the differences taken once.
     */
    static void triangular(SplitMix rng, double[] out, int size, double low, double mode, double high) {
        rng.fill(out, size);
        triangular(out, out, size, low, mode, high); // in place: each value depends on its own uniform only
    }

    /**
     * {@code size} triangular draws into {@code out} from the uniforms already drawn in {@code u} ({@code out}
     * may be {@code u}): the same values as {@link #triangular(double, double, double, double)} on each, bit for
     * bit. Which side of the mode a draw falls on is random, so a branch on it is mispredicted about as often as
     * not (about a third of the draws' time in a microbenchmark under C1, which the launcher runs, and C1 makes
     * no conditional moves): both sides' arguments are written, the sign of {@code r - left} (negative exactly
     * when {@code r < left}) picks one to take the square root of, and then the side's end. The clamp's usual
     * case (strictly inside) is tested in the loop: C1 does not inline the clamp.
     */
    static void triangular(double[] u, double[] out, int size, double low, double mode, double high) {
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
    private static double clamp(double x, double low, double high) {
        double m = x > low ? x : Math.max(low, x);
        return m < high ? m : Math.min(high, m);
    }
}
