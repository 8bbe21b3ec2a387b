package dev.cambrian.api;

/**
 * Many samples for one backend's models at once (docs/uncertainty.md): the workload and economics every sample
 * shares, the parameters as columns, and, for relative models, the baseline's figures per sample.
 * Results come back as plain columns ({@code double[]} indexed by sample); NaN marks a sample whose
 * model has no valid answer (where the scalar path throws {@link InfeasibleException}).
 * <p>
 * The scalar path is the reference: sample i of any batch method must equal the scalar model on
 * {@link #input(int)} (the TCK checks it). The models' default batch methods loop over the scalar path;
 * the kits override them without allocating per sample.
 *
 * @param template        the shared input: workload, economics and the nominal reference run; never explained
 * @param time            the speedup model that computed the seconds column, so a scalar fallback can rebuild
 *                        a sample's {@link TimeEstimate}
 * @param referenceOrNull the baseline per sample, when the scenario has a baseline
 */
public record ModelBatch(ModelInput template, ParameterBatch parameters, SpeedupModel time,
                         ReferenceColumns referenceOrNull) {
    public ModelBatch {
        if (template == null || parameters == null || time == null) {
            throw new IllegalArgumentException("a model batch needs a template input, parameters and the speedup model");
        }
        template = template.explaining(false);
    }

    public int size() {
        return parameters.size();
    }

    /** Sample i as a scalar input: the reference path. */
    public ModelInput input(int i) {
        ReferenceRun reference = referenceOrNull != null ? referenceOrNull.at(i) : template.referenceOrNull();
        return new ModelInput(template.workload(), parameters.sample(i), template.economics(), reference, false);
    }

    /** Samples between checks for interruption in a scalar loop. */
    public static final int INTERRUPT_CHECK = 64;

    /**
     * For loops over the scalar path: the host abandons a call that ran out of time by interrupting its
     * thread, and a loop that checks every {@value #INTERRUPT_CHECK} samples stops within a few.
     *
     * @throws IllegalStateException when the thread is interrupted
     */
    public void stopIfInterrupted(int i) {
        if (i % INTERRUPT_CHECK == 0 && Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("interrupted after " + i + " of " + size() + " samples");
        }
    }

    /** Sample i's time estimate by the scalar path (for fallbacks); throws {@link InfeasibleException} as it does. */
    public TimeEstimate timeEstimate(int i) {
        return time.estimate(input(i));
    }

}
