package dev.cambrian.api;

/** Energy for the run, by operation class plus overheads, given the time the speedup model found. */
@FunctionalInterface
public interface EnergyModel {
    EnergyEstimate estimate(ModelInput input, TimeEstimate time);
}
