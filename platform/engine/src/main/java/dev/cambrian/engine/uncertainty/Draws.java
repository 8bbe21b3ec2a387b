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

    /** Uniform in log between low and high; needs 0 &lt; low. */
    static double logUniform(double u, double low, double high) {
        double logLow = Math.log(low);
        return clamp(Math.exp(logLow + u * (Math.log(high) - logLow)), low, high);
    }

    private static double clamp(double x, double low, double high) {
        return Math.min(high, Math.max(low, x));
    }
}
