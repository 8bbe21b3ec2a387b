package dev.cambrian.api;

/**
 * How long training takes, by operation class. A relative backend applies its per-class speedups to
 * the input's reference run; the GPU baseline computes it from first principles. Either way the
 * speedup over the baseline is {@link TimeEstimate#speedupOver(TimeEstimate)}.
 */
@FunctionalInterface
public interface SpeedupModel {

    /**
     * The training time of one run.
     *
     * @param input the workload, parameter values, economics and baseline of this evaluation
     * @return the time, split by operation class
     */
    TimeEstimate estimate(ModelInput input);

    /**
     * Training seconds of every sample of a batch into {@code seconds}, NaN where the sample has no valid
     * answer (docs/uncertainty.md; see {@link ModelBatch}). The default loops over {@link #estimate}; the kits
     * override it without allocating per sample.
     *
     * @param batch   the samples and the input they vary
     * @param seconds where to write, one slot per sample (at least {@code batch.size()} long)
     */
    default void trainingSeconds(ModelBatch batch, double[] seconds) {
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            try {
                seconds[i] = estimate(batch.input(i)).trainingSeconds();
            } catch (InfeasibleException e) {
                seconds[i] = Double.NaN;
            }
        }
    }

    /**
     * Training seconds for many parameter sets in one call, throwing where one has no valid answer
     * (docs/models.md §8). The API 1.1 form, kept for plugins that override it; the host calls
     * {@link #trainingSeconds(ModelBatch, double[])}.
     *
     * @param template the input the samples vary (workload, economics, reference)
     * @param batch the samples, column by column
     * @return training seconds, one per sample
     */
    default double[] trainingSeconds(ModelInput template, ParameterBatch batch) {
        double[] out = new double[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimate(template.withParameters(batch.sample(i))).trainingSeconds();
        }
        return out;
    }
}
