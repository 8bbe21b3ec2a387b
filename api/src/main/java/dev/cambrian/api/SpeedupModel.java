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
     * Training seconds for many parameter sets in one call (docs/models.md §8). The default loops over
     * {@link #estimate}; a plugin may override it with a vectorised form.
     *
     * @param template the input the samples vary (workload, economics, reference)
     * @param batch the samples, column by column
     * @return training seconds for many parameter sets in one call
     */
    default double[] trainingSeconds(ModelInput template, ParameterBatch batch) {
        double[] out = new double[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimate(template.withParameters(batch.sample(i))).trainingSeconds();
        }
        return out;
    }
}
