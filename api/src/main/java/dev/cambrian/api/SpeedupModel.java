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
     * Training seconds for many parameter sets in one call (docs/models.md §8). The default loops over
     * {@link #estimate}; a plugin may override it with a vectorised form.
     */
    default double[] trainingSeconds(ModelInput template, ParameterBatch batch) {
        double[] out = new double[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = estimate(template.withParameters(batch.sample(i))).trainingSeconds();
        }
        return out;
    }
}
