package dev.cambrian.engine.uncertainty;

import java.nio.charset.StandardCharsets;

/**
 * How the samples are cut into fixed-size chunks and where each chunk's random numbers come from
 * (docs/models.md §8): per backend, one root generator, split once per chunk in chunk order. A chunk's draws
 * depend only on the seed, the backend id and the chunk's index, never on which thread runs it, so
 * any thread count gives the same samples bit for bit; and a backend's samples do not change when
 * other backends are added or left out. The environment's factors (carbon and water) have a root
 * generator of their own, not a backend's: sample i of every backend runs under the same grid, water
 * intensities, WUE, embodied carbon and lifetime, as the backends of one scenario share one site.
 */
public final class ChunkPlan {
    /**
     * Samples per chunk: the unit of the random streams, of a shard and of a failure's report. 4,096 evaluations
     * take about a millisecond or less; a guarded call takes several chunks of a fast model
     * ({@link Caller#callBudgetNanos}), as its hand-off to another thread and back cost two threads' wake-ups.
     */
    public static final int CHUNK_SIZE = 4096;
    /**
     * Which draws a seed gives, raised whenever the same seed starts giving other draws, so that shard parts made by
     * hosts drawing differently are refused as parts of different runs: 2 since triangular draws take two uniforms
     * (5 December 2026; {@link Draws#triangular(double, double, double, double, double)}).
     */
    public static final int DRAWS = 2;
    /** Most chunks one task of a run takes in turn (one guarded call when the model is fast). */
    static final int MAX_CHUNKS_PER_TASK = 8;
    /** Tasks per thread a run is cut into at least, so the threads finish together. */
    static final int TASKS_PER_THREAD = 4;

    private final int samples;

    public ChunkPlan(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be positive, got " + samples);
        }
        this.samples = samples;
    }

    public int samples() {
        return samples;
    }

    public int chunks() {
        return (samples + CHUNK_SIZE - 1) / CHUNK_SIZE;
    }

    public int start(int chunk) {
        return chunk * CHUNK_SIZE;
    }

    public int size(int chunk) {
        return Math.min(CHUNK_SIZE, samples - start(chunk));
    }

    /**
     * How many consecutive chunks one task takes of a run (or shard) of {@code chunks}: {@link #MAX_CHUNKS_PER_TASK},
     * fewer when it would otherwise
     * give each thread fewer than {@link #TASKS_PER_THREAD} tasks. The figures do not depend on it (each chunk has
     * its own generator and columns), only how often a thread hands a call to the guard.
     */
    static int chunksPerTask(int chunks, int threads) {
        return Math.max(1, Math.min(MAX_CHUNKS_PER_TASK, chunks / (TASKS_PER_THREAD * threads)));
    }

    /** One generator per chunk, split in chunk order from the backend's root generator. */
    public SplitMix[] generators(long seed, String backendId) {
        SplitMix root = new SplitMix(rootSeed(seed, backendId));
        SplitMix[] out = new SplitMix[chunks()];
        for (int c = 0; c < out.length; c++) {
            out[c] = root.split();
        }
        return out;
    }

    /**
     * The environment's generators, one per chunk, the same for every backend: the stream's name cannot be
     * a backend id (ids have no spaces), so it never coincides with a backend's draws.
     */
    public SplitMix[] environmentGenerators(long seed) {
        return generators(seed, ENVIRONMENT_STREAM);
    }

    private static final String ENVIRONMENT_STREAM = "environment factors";

    /** The seed of a backend's root generator: the user's seed mixed with a 64-bit FNV-1a hash of the id. */
    static long rootSeed(long seed, String backendId) {
        long h = 0xcbf29ce484222325L;
        for (byte b : backendId.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(seed ^ mix(h));
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
