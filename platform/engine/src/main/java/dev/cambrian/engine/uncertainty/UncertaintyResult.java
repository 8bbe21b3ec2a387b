package dev.cambrian.engine.uncertainty;

import java.util.List;

/**
 * A Monte Carlo run over several backends: their results ordered by the median of the ranked figure
 * (ties by id), the backends that failed (by name) or had no valid sample, and how it was computed.
 */
public record UncertaintyResult(Figure figure, int samples, long seed, int chunkSize, int sensitivitySamples,
                                List<BackendUncertainty> backends, List<String> failures, List<String> infeasible,
                                List<String> notes) {
    public UncertaintyResult {
        backends = List.copyOf(backends);
        failures = List.copyOf(failures);
        infeasible = List.copyOf(infeasible);
        notes = List.copyOf(notes);
    }

    /** Samples with no valid answer, over every backend with a result. */
    public long infeasibleSamples() {
        return backends.stream().mapToLong(BackendUncertainty::infeasibleSamples).sum();
    }
}
