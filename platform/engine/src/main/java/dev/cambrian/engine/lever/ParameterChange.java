package dev.cambrian.engine.lever;

import dev.cambrian.api.Range;
import dev.cambrian.engine.Numbers;

/**
 * What a lever does to one backend parameter, on every backend that declares it (like {@code *} in a
 * scenario), or, when {@code onlyWithOrNull} names a parameter, only on the backends that also declare
 * that one: the way a backend opts in. Levers come after the profile and the user's overrides, so they
 * act on the value in force.
 */
public record ParameterChange(String parameter, Operation operation, double value, String onlyWithOrNull) {

    /** A change for every backend that declares the parameter. */
    public ParameterChange(String parameter, Operation operation, double value) {
        this(parameter, operation, value, null);
    }

    /** Whether a backend with these parameters takes the change. */
    public boolean appliesTo(dev.cambrian.api.ParameterSpace space) {
        return space.indexOf(parameter) >= 0 && (onlyWithOrNull == null || space.indexOf(onlyWithOrNull) >= 0);
    }

    public enum Operation {
        /** The parameter becomes at least {@code value}: a lever never makes a better setting worse. */
        AT_LEAST,
        /** The parameter is multiplied by {@code value}. */
        SCALE,
        /** A reduction r (a fraction) whose remainder 1 - r is multiplied by {@code value}: reductions stack. */
        SCALE_REMAINDER,
        /**
         * A price sold at the margin m the backend declares in {@code onlyWithOrNull} (in force, nominal), sold at the
         * margin {@code value} instead: x (1 - m) / (1 - value), and never dearer (a margin already below it stays).
         */
        PRICE_AT_MARGIN
    }

    /**
     * @param inForce the nominal value in force of another of the backend's parameters, by name (the margin
     *                {@link Operation#PRICE_AT_MARGIN} reads)
     */
    public Range apply(Range r, java.util.function.ToDoubleFunction<String> inForce) {
        return switch (operation) {
            case AT_LEAST -> new Range(Math.max(r.low(), value), Math.max(r.nominal(), value), Math.max(r.high(), value));
            case SCALE -> r.times(value);
            case SCALE_REMAINDER -> new Range(remainder(r.low()), remainder(r.nominal()), remainder(r.high()));
            case PRICE_AT_MARGIN -> r.times(marginFactor(inForce));
        };
    }

    /** The price factor {@link Operation#PRICE_AT_MARGIN} applies. */
    public double marginFactor(java.util.function.ToDoubleFunction<String> inForce) {
        return Math.min(1, (1 - inForce.applyAsDouble(onlyWithOrNull)) / (1 - value));
    }

    private double remainder(double reduction) {
        return 1 - (1 - reduction) * value;
    }

    /** What it does, without a backend's values: a price at a margin says how it is computed. */
    public String describe() {
        if (operation == Operation.PRICE_AT_MARGIN) {
            return parameter + " x (1 - m) / (1 - " + Numbers.compact(value) + "), m the device's " + onlyWithOrNull
                    + " (never dearer)";
        }
        return describe(name -> Double.NaN);
    }

    public String describe(java.util.function.ToDoubleFunction<String> inForce) {
        return switch (operation) {
            case AT_LEAST -> parameter + " >= " + Numbers.compact(value);
            case SCALE -> parameter + " x " + Numbers.compact(value);
            case SCALE_REMAINDER -> parameter + ": 1 - (1 - r) x " + Numbers.compact(value);
            case PRICE_AT_MARGIN -> parameter + " x " + Numbers.compact(marginFactor(inForce)) + " = (1 - "
                    + Numbers.compact(inForce.applyAsDouble(onlyWithOrNull)) + " " + onlyWithOrNull + ") / (1 - "
                    + Numbers.compact(value) + ")";
        };
    }
}
