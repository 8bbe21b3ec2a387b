package dev.cambrian.api;

/** Phases in months from zero to the first trained model ("time to hero"). */
@FunctionalInterface
public interface TimelineModel {
    Timeline estimate(ModelInput input, TimeEstimate time);

    /**
     * The hero month of every sample of a batch, given its seconds column; NaN where the seconds are NaN
     * or the sample has no valid answer (docs/uncertainty.md; see {@link ModelBatch}). The default loops over the
     * scalar path; the kits override it without allocating per sample.
     */
    default void heroMonth(ModelBatch batch, double[] seconds, double[] months) {
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            try {
                months[i] = Double.isNaN(seconds[i]) ? Double.NaN : estimate(batch.input(i), batch.timeEstimate(i)).heroMonth();
            } catch (InfeasibleException e) {
                months[i] = Double.NaN;
            }
        }
    }
}
