package dev.cambrian.engine.uncertainty;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.environment.Environment;

/**
 * What a Monte Carlo run is asked for: samples per backend, the seed, the threads and the figure the
 * rank probabilities and the sensitivity ranking use; with an environment, carbon and water are
 * sampled too (its factors drawn triangular over their ranges).
 */
public record Options(int samples, long seed, int threads, Figure figure, Environment environmentOrNull) {
    /** 10,000: P10 and P90 then carry a sampling error of about 0.3 percentage points (sqrt(0.1 x 0.9 / n)). */
    public static final int DEFAULT_SAMPLES = 10_000;
    /** Below 100 samples the P10 rests on fewer than 10 draws. */
    public static final int MIN_SAMPLES = 100;
    /** 10 million: 400 MB of figures per backend (five columns), and some tens of seconds per backend at about 1 us a sample. */
    public static final int MAX_SAMPLES = 10_000_000;
    public static final long DEFAULT_SEED = 1;
    /** Most threads accepted; more than the machine's processors gains nothing. */
    public static final int MAX_THREADS = 1024;
    /**
     * The sensitivity ranking reads the first 100,000 samples at most: Spearman's rho then has a standard
     * error of 1 / sqrt(n - 1), about 0.003, and the parameters' draws need not be kept for every sample.
     */
    public static final int SENSITIVITY_SAMPLES = 100_000;

    public Options {
        if (figure == null) {
            throw new IllegalArgumentException("a figure to rank by is needed");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new InputException("--threads: must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        check(samples);
        if (figure.needsEnvironment() && environmentOrNull == null) {
            throw new IllegalArgumentException("ranking by " + figure.id() + " needs an environment (grid, water and embodied factors)");
        }
    }

    /** Without an environment: no carbon or water is sampled. */
    public Options(int samples, long seed, int threads, Figure figure) {
        this(samples, seed, threads, figure, null);
    }

    /** Validates the --samples flag before it is narrowed to an int. */
    public static int check(long samples) {
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
            throw new InputException(String.format(java.util.Locale.ROOT,
                    "--samples: must be between %,d and %,d, got %,d", MIN_SAMPLES, MAX_SAMPLES, samples));
        }
        return (int) samples;
    }
}
