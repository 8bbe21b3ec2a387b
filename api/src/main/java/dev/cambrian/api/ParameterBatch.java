package dev.cambrian.api;

/**
 * Many parameter sets at once, as columns (structure of arrays): {@code columns[p][i]} is parameter
 * p in sample i. The host hands a chunk of samples to a model in one call (docs/architecture.md §2, docs/models.md §8).
 */
public final class ParameterBatch {
    private final ParameterSpace space;
    private final double[][] columns;
    private final int size;
    private final boolean[] varies;

    /** A batch whose columns are scanned for which parameters vary. */
    public ParameterBatch(ParameterSpace space, double[][] columns, int size) {
        this(space, columns, size, scan(columns, size));
    }

    /**
     * @param varies which columns may hold different values (the sampled parameters); a column marked
     *               false holds one value in every sample, which a model may compute with once per batch
     */
    public ParameterBatch(ParameterSpace space, double[][] columns, int size, boolean[] varies) {
        if (columns.length != space.size()) {
            throw new IllegalArgumentException("expected " + space.size() + " columns, got " + columns.length);
        }
        for (double[] column : columns) {
            if (column.length < size) {
                throw new IllegalArgumentException("a column is shorter than the batch size " + size);
            }
        }
        if (varies.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " varies flags, got " + varies.length);
        }
        this.space = space;
        this.columns = columns;
        this.size = size;
        this.varies = varies.clone();
    }

    private static boolean[] scan(double[][] columns, int size) {
        boolean[] out = new boolean[columns.length];
        for (int p = 0; p < columns.length; p++) {
            for (int i = 1; i < size && !out[p]; i++) {
                out[p] = Double.compare(columns[p][i], columns[p][0]) != 0;
            }
        }
        return out;
    }

    /** Whether parameter p may differ between samples; when false, {@code column(p)[0]} is its value throughout. */
    public boolean varies(int parameterIndex) {
        return varies[parameterIndex];
    }

    /** Whether the named parameter is declared and differs between samples. */
    public boolean varies(String name) {
        int p = space.indexOf(name);
        return p >= 0 && varies[p];
    }

    /** The column of a declared parameter by name; asking for an undeclared one is a programming error. */
    public double[] column(String name) {
        int p = space.indexOf(name);
        if (p < 0) {
            throw new IllegalArgumentException("parameter '" + name + "' is not declared");
        }
        return columns[p];
    }

    public ParameterSpace space() {
        return space;
    }

    public int size() {
        return size;
    }

    /** Column of one parameter; read-only by contract. */
    public double[] column(int parameterIndex) {
        return columns[parameterIndex];
    }

    public ParameterValues sample(int i) {
        double[] values = new double[columns.length];
        for (int p = 0; p < columns.length; p++) {
            values[p] = columns[p][i];
        }
        return new ParameterValues(space, values);
    }
}
