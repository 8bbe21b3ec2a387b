package dev.cambrian.api;

import java.util.Optional;

/**
 * Everything a model sees: the workload, this backend's parameter values, the scenario's economics,
 * and, when the scenario has one, the baseline's result on the same workload.
 *
 * @param explain whether the caller will show the derivation: when false (the corners of a range, a
 *                sample) a model may skip building its {@link Derivation} steps, which costs more than the
 *                arithmetic; warnings are always built
 */
public record ModelInput(Workload workload, ParameterValues parameters, Economics economics, ReferenceRun referenceOrNull,
                         boolean explain) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param workload the training job
     * @param parameters the values of the backend's parameters
     * @param economics scenario-wide prices
     * @param referenceOrNull the baseline run, or null without one
     * @param explain whether the derivation is wanted (corners and searches skip it)
     */
    public ModelInput {
        if (workload == null || parameters == null || economics == null) {
            throw new IllegalArgumentException("a model input needs a workload, parameter values and economics");
        }
    }

    /**
     * An input whose derivation will be shown.
     *
     * @param workload the training job
     * @param parameters the values of the backend's parameters
     * @param economics scenario-wide prices
     * @param referenceOrNull the baseline run, or null without one
     */
    public ModelInput(Workload workload, ParameterValues parameters, Economics economics, ReferenceRun referenceOrNull) {
        this(workload, parameters, economics, referenceOrNull, true);
    }

    /**
     * The same input, with the derivation wanted or not.
     *
     * @param wanted whether the derivation is wanted
     * @return the same input, with the derivation wanted or not
     */
    public ModelInput explaining(boolean wanted) {
        return new ModelInput(workload, parameters, economics, referenceOrNull, wanted);
    }

    /**
     * The baseline run relative models apply their factors to.
     *
     * @return the reference, empty when the scenario has none
     */
    public Optional<ReferenceRun> reference() {
        return Optional.ofNullable(referenceOrNull);
    }

    /**
     * The same input with other parameter values (a Monte Carlo sample, a corner).
     *
     * @param values the values, over the same space
     * @return a copy with them
     */
    public ModelInput withParameters(ParameterValues values) {
        return new ModelInput(workload, values, economics, referenceOrNull, explain);
    }

    /**
     * Shorthand for {@code parameters().get(name)}.
     *
     * @param name a declared parameter
     * @return shorthand for {@code parameters().get(name)}
     */
    public double parameter(String name) {
        return parameters.get(name);
    }
}
