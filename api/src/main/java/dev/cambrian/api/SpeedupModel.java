package dev.cambrian.api;

/**
 * How long training takes, by operation class. A relative backend applies its per-class speedups to
 * the input's reference run; the GPU baseline computes it from first principles. Either way the
 * speedup over the baseline is {@link TimeEstimate#speedupOver(TimeEstimate)}.
 */
@FunctionalInterface
public interface SpeedupModel {

    TimeEstimate estimate(ModelInput input);

    /**
     * Training seconds of every sample of a batch into {@code seconds}, NaN where the sample has no valid
     * answer (docs/uncertainty.md; see {@link ModelBatch}). The default loops over {@link #estimate}; the kits
     * override it without allocating per sample.
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
     * Training seconds for many parameter sets in one call, throwing where one has no valid answer.
     * The API 1.1 form, kept for plugins that override it; the host calls
     * {@link #trainingSeconds(ModelBatch, double[])}.
     */
    default double[] trainingSeconds(ModelInput template, ParameterBatch batch) {
        double[] out = new double[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimate(template.withParameters(batch.sample(i))).trainingSeconds();
        }
        return out;
    }
}
