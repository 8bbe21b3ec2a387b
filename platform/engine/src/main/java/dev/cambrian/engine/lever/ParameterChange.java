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
        SCALE_REMAINDER
    }

    public Range apply(Range r) {
        return switch (operation) {
            case AT_LEAST -> new Range(Math.max(r.low(), value), Math.max(r.nominal(), value), Math.max(r.high(), value));
            case SCALE -> r.times(value);
            case SCALE_REMAINDER -> new Range(remainder(r.low()), remainder(r.nominal()), remainder(r.high()));
        };
    }

    private double remainder(double reduction) {
        return 1 - (1 - reduction) * value;
    }

    public String describe() {
        return switch (operation) {
            case AT_LEAST -> parameter + " >= " + Numbers.compact(value);
            case SCALE -> parameter + " x " + Numbers.compact(value);
            case SCALE_REMAINDER -> parameter + ": 1 - (1 - r) x " + Numbers.compact(value);
        };
    }
}
