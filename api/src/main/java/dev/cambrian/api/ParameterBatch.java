package dev.cambrian.api;

/**
 * Many parameter sets at once, as columns (structure of arrays): {@code columns[p][i]} is parameter
 * p in sample i. The host hands a chunk of samples to a model in one call (docs/architecture.md §2, docs/models.md §8).
 */
public final class ParameterBatch {
    private final ParameterSpace space;
    private final double[][] columns;
    private final int size;

    public ParameterBatch(ParameterSpace space, double[][] columns, int size) {
        if (columns.length != space.size()) {
            throw new IllegalArgumentException("expected " + space.size() + " columns, got " + columns.length);
        }
        for (double[] column : columns) {
            if (column.length < size) {
                throw new IllegalArgumentException("a column is shorter than the batch size " + size);
            }
        }
        this.space = space;
        this.columns = columns;
        this.size = size;
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
