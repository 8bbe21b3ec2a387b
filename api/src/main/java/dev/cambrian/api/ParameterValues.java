package dev.cambrian.api;

import java.util.Arrays;

/** One value for each declared parameter: what a model is evaluated with. Immutable. */
public final class ParameterValues {
    private final ParameterSpace space;
    private final double[] values;

    /**
     * Values over a space.
     *
     * @param space  the space they follow
     * @param values one per parameter, in declaration order
     */
    public ParameterValues(ParameterSpace space, double[] values) {
        if (values.length != space.size()) {
            throw new IllegalArgumentException("expected " + space.size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            Checks.finite(space.parameters().get(i).name(), values[i]);
        }
        this.space = space;
        this.values = values.clone();
    }

    /**
     * The space the values follow.
     *
     * @return the space
     */
    public ParameterSpace space() {
        return space;
    }

    /**
     * The value of a declared parameter; asking for an undeclared one is a programming error.
     *
     * @param name a declared parameter
     * @return the value of a declared parameter; asking for an undeclared one is a programming error
     */
    public double get(String name) {
        int i = space.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("parameter '" + name + "' is not declared");
        }
        return values[i];
    }

    /**
     * A value by position.
     *
     * @param index the parameter's position in the space
     * @return its value
     */
    public double get(int index) {
        return values[index];
    }

    /**
     * The same values with one changed.
     *
     * @param name  a declared parameter
     * @param value its new value
     * @return a copy
     */
    public ParameterValues with(String name, double value) {
        int i = space.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("parameter '" + name + "' is not declared");
        }
        double[] copy = values.clone();
        copy[i] = value;
        return new ParameterValues(space, copy);
    }

    /**
     * The values as an array.
     *
     * @return a copy, in declaration order
     */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues other && other.space == space && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
