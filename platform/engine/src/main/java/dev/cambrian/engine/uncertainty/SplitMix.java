package dev.cambrian.engine.uncertainty;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), computing exactly what {@link java.util.SplittableRandom} computes for the same seed and
 * splits (a test holds them equal), so every run keeps the draws it had. It is here for
 * {@link #fill}: drawing a column with the state in a local variable instead of a field updated per
 * draw takes about half the time under C1, which the launcher runs, and the draws are a large share
 * of a Monte Carlo run.
 */
public final class SplitMix {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long seed;
    private final long gamma;

    /** As {@code new SplitMix(seed)}. */
    public SplitMix(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private SplitMix(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /** A new generator, as {@link java.util.SplittableRandom#split()} makes it. */
    public SplitMix split() {
        return new SplitMix(nextLong(), mixGamma(nextSeed()));
    }

    public long nextLong() {
        return mix64(nextSeed());
    }

    /** Uniform in [0, 1): the top 53 bits of the next long. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** The next {@code size} values of {@link #nextDouble} into {@code out}, in order. */
    void fill(double[] out, int size) {
        long s = seed;
        long g = gamma;
        for (int i = 0; i < size; i++) {
            s += g;
            long z = (s ^ (s >>> 30)) * 0xbf58476d1ce4e5b9L; // mix64, written out: C1 keeps s in a register
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            out[i] = ((z ^ (z >>> 31)) >>> 11) * DOUBLE_UNIT;
        }
        seed = s;
    }

    /**
     * {@code size} triangular draws on [low, high] with its peak at mode into {@code out}, from two uniforms each, in
     * order: the same values as {@link Draws#triangular(double, double, double, double, double)} on each pair, bit for
     * bit. The smaller and larger of the pair are taken on their 53-bit integers (a difference's sign, no branch a
     * random pair would mispredict) and weighted there: scaling a weight by 2^-53 is exact while the scaled weight
     * is a normal number, so the products round as the scalar formula's do; a side narrower than 2^-969, whose
     * scaled weight would lose bits, takes the scalar formula itself. Written out, as {@link #fill} is, with the
     * state in a local variable.
     */
    void fillTriangular(double[] out, int size, double low, double mode, double high) {
        if (inexactWeight(high - mode) || inexactWeight(mode - low)) {
            for (int i = 0; i < size; i++) {
                double u = nextDouble();
                out[i] = Draws.triangular(u, nextDouble(), low, mode, high);
            }
            return;
        }
        double belowWeight = (high - mode) * DOUBLE_UNIT; // of the smaller uniform's integer
        double aboveWeight = (mode - low) * DOUBLE_UNIT; // of the larger's
        long s = seed;
        long g = gamma;
        for (int i = 0; i < size; i++) {
            s += g;
            long z = (s ^ (s >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            long p = (z ^ (z >>> 31)) >>> 11;
            s += g;
            z = (s ^ (s >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            long q = (z ^ (z >>> 31)) >>> 11;
            long d = p - q;
            long m = d & (d >> 63); // p - q when p < q, else 0: q + m is the smaller, p - m the larger
            double x = low + (belowWeight * (q + m) + aboveWeight * (p - m));
            out[i] = x > low && x < high ? x : Draws.clamp(x, low, high);
        }
        seed = s;
    }

    /** Whether a side's width scaled by 2^-53 would be a subnormal number, not the exact scaled width. */
    private static boolean inexactWeight(double width) {
        return width != 0 && width < 0x1.0p-969;
    }

    private long nextSeed() {
        return seed += gamma;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An odd gamma with enough bit transitions (the paper's mixGamma). */
    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int transitions = Long.bitCount(z ^ (z >>> 1));
        return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
