package dev.cambrian.api;

/** Phases in months from zero to the first trained model ("time to hero"). */
@FunctionalInterface
public interface TimelineModel {
    /**
     * The programme from today to the trained model.
     *
     * @param input the evaluation's input
     * @param time  this backend's training time for it
     * @return the phases, in months from today
     */
    Timeline estimate(ModelInput input, TimeEstimate time);

    /**
     * The hero month of every sample of a batch, given its seconds column; NaN where the seconds are NaN
     * or the sample has no valid answer (docs/uncertainty.md; see {@link ModelBatch}). The default loops over the
     * scalar path; the kits override it without allocating per sample.
     *
     * @param batch   the samples and the input they vary
     * @param seconds this backend's training seconds per sample, from the same batch
     * @param months  where to write the hero month, one slot per sample
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
