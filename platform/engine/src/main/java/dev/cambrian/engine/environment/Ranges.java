package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;

/** Bounds of products and quotients of independent non-negative ranged figures: each bound from the matching corners. */
final class Ranges {
    private Ranges() {
    }

    static Range product(Range a, Range b) {
        return new Range(a.low() * b.low(), a.nominal() * b.nominal(), a.high() * b.high());
    }

    /** a / b with b positive: the low bound divides by b's high. */
    static Range quotient(Range a, Range b) {
        return new Range(a.low() / b.high(), a.nominal() / b.nominal(), a.high() / b.low());
    }
}
