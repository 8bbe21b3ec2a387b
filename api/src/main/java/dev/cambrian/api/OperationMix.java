package dev.cambrian.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Fractions of the baseline's training time spent in each operation class; they sum to 1. */
public record OperationMix(Map<OperationClass, Double> fractions) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param fractions the share of baseline time by class, summing to 1
     */
    public OperationMix {
        Checks.nonNegativeValues("operation mix", fractions);
        double sum = fractions.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("operation mix fractions must sum to 1, got " + sum);
        }
        EnumMap<OperationClass, Double> copy = new EnumMap<>(OperationClass.class);
        copy.putAll(fractions);
        fractions = Collections.unmodifiableMap(copy);
    }

    /**
     * The share of baseline time a class takes.
     *
     * @param operationClass the class
     * @return its fraction, 0 when absent
     */
    public double fraction(OperationClass operationClass) {
        return fractions.getOrDefault(operationClass, 0.0);
    }
}
