package dev.cambrian.api;

/** Energy for the run, by operation class plus overheads, given the time the speedup model found. */
@FunctionalInterface
public interface EnergyModel {
    EnergyEstimate estimate(ModelInput input, TimeEstimate time);

    /**
     * Joules of every sample of a batch, given its seconds column; NaN where the seconds are NaN or the
     * sample has no valid answer (docs/uncertainty.md; see {@link ModelBatch}). The default loops over the scalar
     * path; the kits override it without allocating per sample.
     */
    default void joules(ModelBatch batch, double[] seconds, double[] joules) {
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            try {
                joules[i] = Double.isNaN(seconds[i]) ? Double.NaN : estimate(batch.input(i), batch.timeEstimate(i)).joules();
            } catch (InfeasibleException e) {
                joules[i] = Double.NaN;
            }
        }
    }
}
