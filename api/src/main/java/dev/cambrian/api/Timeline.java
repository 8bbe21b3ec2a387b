package dev.cambrian.api;

import java.util.List;

/** Phases from zero to the first trained model; the hero month is when the last one ends. */
public record Timeline(List<Phase> phases, List<Derivation> derivation) {
    public Timeline {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one phase");
        }
        phases = List.copyOf(phases);
        derivation = List.copyOf(derivation);
    }

    public double heroMonth() {
        return phases.stream().mapToDouble(Phase::endMonth).max().orElseThrow();
    }
}
