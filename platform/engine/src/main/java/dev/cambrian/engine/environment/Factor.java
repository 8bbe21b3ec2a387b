package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;

/** One sourced constant of the environmental method (a water intensity, a carbon per area, a lifetime), with its range. */
public record Factor(String name, String unit, Range value, String source) {
    public Factor {
        if (value.low() < 0) {
            throw new IllegalArgumentException(name + ": must not be negative, got " + value.low() + " " + unit);
        }
    }
}
