package dev.cambrian.api;

/**
 * The baseline system's result on the same workload, which relative models (speedup and energy
 * factors) are applied to. The host computes it from the scenario's baseline backend.
 */
public record ReferenceRun(String backendId, TimeEstimate time, EnergyEstimate energy, HardwareEstimate hardware) {
    public ReferenceRun {
        Checks.id("reference backend id", backendId);
        if (time == null || energy == null || hardware == null) {
            throw new IllegalArgumentException("a reference run needs time, energy and hardware");
        }
    }
}
