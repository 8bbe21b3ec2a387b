package dev.cambrian.engine.uncertainty;

/**
 * One backend's sampled figures, as columns indexed by sample (structure of arrays): NaN where the
 * model had no valid answer. The sampled parameters' columns are kept for the first
 * {@code sensitivitySamples} samples only, which is all the sensitivity ranking reads. Columns are
 * written by one chunk's task each and read after every task has finished.
 */
final class BackendSamples {
    /**
     * Each figure's column by {@link Figure#ordinal()} (time s, energy J, cost USD, carbon kgCO2e, water L; carbon
     * and water NaN throughout when the run has no environment), or null: streamed, let go, or not yet made.
     */
    private final double[][] figures = new double[Figure.values().length][];
    /**
     * The sampled parameters' first {@code sensitivitySamples} samples, parameter after parameter in one array
     * ([k * sensitivitySamples + sample]): for a backend of several parameters that is one array of 4 MB or more,
     * which the launcher has allocated in the old generation at once, where one column per parameter (thirty
     * backends: 168 MB at 100,000 samples) was copied by the first young collections of every run.
     */
    private final double[] parameters;
    private final int sampledParameters;
    final int sensitivitySamples;

    private final int samples;
    /** The first sample held: a shard holds only its own chunks' samples, from there (0 for a whole run). */
    private final int offset;
    private boolean allocated;
    /** Figures whose values are streamed ({@link StreamedFigures}) rather than kept: their columns stay null. */
    private final boolean[] streamed = new boolean[Figure.values().length];

    /**
     * The figures' columns are made by {@link #allocate}, when the backend's sampling starts.
     *
     * @param offset  the first sample held; {@code samples} are held from there (a shard's, not the whole run's: a
     *                shard of 10M samples held 10M-sample columns for its 100,000)
     */
    BackendSamples(int samples, int offset, int sampledParameters, int sensitivitySamples) {
        this.samples = samples;
        this.offset = offset;
        this.sensitivitySamples = sensitivitySamples;
        this.sampledParameters = sampledParameters;
        this.parameters = new double[sampledParameters * sensitivitySamples];
    }

    /** Values of the sampled parameters kept for the sensitivity ranking, all parameters together. */
    int parameterValues() {
        return parameters.length;
    }

    /** Sample i (below sensitivitySamples) of the k-th sampled parameter. */
    double parameter(int k, int i) {
        return parameters[k * sensitivitySamples + i];
    }

    /** Keeps the sensitivity ranking's share of samples [start, start + size) of the sampled parameters' columns. */
    void keepParameters(double[][] columns, java.util.List<SampledParameter> sampled, int start, int size) {
        int keep = Math.min(size, sensitivitySamples - start);
        for (int k = 0; k < sampledParameters && keep > 0; k++) {
            System.arraycopy(columns[sampled.get(k).index()], 0, parameters, k * sensitivitySamples + start, keep);
        }
    }

    /**
     * Makes the figures' columns (once; later calls change nothing), taking them from {@code spare} while it
     * has any: every sample of a column is written before it is read (a value, or NaN for no valid answer),
     * so a column let go by a backend already summarised needs no clearing. Call before any chunk is written,
     * from the thread that then starts the chunks' tasks.
     */
    void allocate(java.util.Deque<double[]> spare) {
        if (!allocated) {
            allocated = true;
            for (Figure f : Figure.values()) {
                figures[f.ordinal()] = column(spare, f);
            }
        }
    }

    private double[] column(java.util.Deque<double[]> spare, Figure f) {
        if (streamed[f.ordinal()]) {
            return null;
        }
        double[] c = spare.pollFirst();
        return c != null ? c : new double[samples];
    }

    /** Keeps no column of {@code f}: its values are streamed. Call before {@link #allocate}. */
    void stream(Figure f) {
        streamed[f.ordinal()] = true;
    }

    /** Puts one chunk's figures, from sample {@code start} of the run, into the columns kept (those not streamed). */
    void write(int start, int size, ChunkEvaluator.Columns figures) {
        for (Figure f : Figure.values()) {
            double[] column = of(f);
            if (column != null) {
                System.arraycopy(figures.of(f), 0, column, start - offset, size);
            }
        }
    }

    /** Where sample {@code start} of the run sits in the columns. */
    int at(int start) {
        return start - offset;
    }

    /**
     * Lets go of every figure's column but {@code kept}'s into {@code spare}, once the backend is summarised:
     * what is left is what the rank probabilities read across backends (and the sensitivity ranking's first
     * samples). A run sampled backend by backend so holds two backends' full columns at most, and reuses
     * them instead of filling the heap with columns for the collector to find.
     */
    void keepOnly(Figure kept, java.util.Deque<double[]> spare) {
        for (Figure f : Figure.values()) {
            double[] c = of(f);
            if (f != kept && c != null) {
                spare.addLast(c);
                figures[f.ordinal()] = null;
            }
        }
    }

    /** Bytes the sampled parameters' columns take (the figures' columns are counted by the caller, who knows how many are kept). */
    static long parameterBytes(int sampledParameters, long sensitivitySamples) {
        return Double.BYTES * sampledParameters * sensitivitySamples;
    }

    /** The figure's column, or null when it is not kept. */
    double[] of(Figure figure) {
        return figures[figure.ordinal()];
    }
}
