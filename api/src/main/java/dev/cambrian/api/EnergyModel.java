package dev.cambrian.api;

/** Energy for the run, by operation class plus overheads, given the time the speedup model found. */
@FunctionalInterface
public interface EnergyModel {
    /**
     * The energy one run draws from the grid.
     *
     * @param input the evaluation's input
     * @param time  this backend's training time for it
     * @return the energy, split by operation class
     */
    EnergyEstimate estimate(ModelInput input, TimeEstimate time);
}
