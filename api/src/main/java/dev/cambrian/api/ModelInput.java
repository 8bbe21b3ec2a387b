package dev.cambrian.api;

import java.util.Optional;

/**
 * Everything a model sees: the workload, this backend's parameter values, the scenario's economics,
 * and, when the scenario has one, the baseline's result on the same workload.
 */
public record ModelInput(Workload workload, ParameterValues parameters, Economics economics, ReferenceRun referenceOrNull) {
    public ModelInput {
        if (workload == null || parameters == null || economics == null) {
            throw new IllegalArgumentException("a model input needs a workload, parameter values and economics");
        }
    }

    public Optional<ReferenceRun> reference() {
        return Optional.ofNullable(referenceOrNull);
    }

    public ModelInput withParameters(ParameterValues values) {
        return new ModelInput(workload, values, economics, referenceOrNull);
    }

    /** Shorthand for {@code parameters().get(name)}. */
    public double parameter(String name) {
        return parameters.get(name);
    }
}
