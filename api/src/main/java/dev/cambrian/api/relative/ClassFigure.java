package dev.cambrian.api.relative;

import dev.cambrian.api.Checks;
import dev.cambrian.api.Range;

/**
 * What a technology does to one operation class: how much of the class's baseline time it takes
 * over (coverage, 0 to 1), how much faster it runs that part, and how much less energy it uses.
 */
public record ClassFigure(Range coverage, Range speedup, Range energyFactor, String source) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param coverage share of the class's time the technology takes over
     * @param speedup times faster on that share
     * @param energyFactor times less energy on that share
     * @param source where the figures come from
     */
    public ClassFigure {
        if (coverage.low() < 0 || coverage.high() > 1) {
            throw new IllegalArgumentException("coverage must lie in [0, 1], got " + coverage);
        }
        if (speedup.low() <= 0 || energyFactor.low() <= 0) {
            throw new IllegalArgumentException("speedup and energy factor must be positive");
        }
        Checks.text("source of class figure", source);
    }
}
