package dev.cambrian.api;

import java.util.List;

/** Phases from zero to the first trained model; the hero month is when the last one ends. */
public record Timeline(List<Phase> phases, List<Derivation> derivation) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param phases the phases, in months from today
     * @param derivation the arithmetic, step by step, when asked to explain
     */
    public Timeline {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one phase");
        }
        phases = List.copyOf(phases);
        derivation = List.copyOf(derivation);
    }

    /**
     * The month the trained model exists: the end of the last phase.
     *
     * @return months from today
     */
    public double heroMonth() {
        return phases.stream().mapToDouble(Phase::endMonth).max().orElseThrow();
    }
}
