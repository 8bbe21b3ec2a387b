package dev.cambrian.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Wall-clock training time, split by operation class, plus overhead that belongs to no class
 * (conversion at a domain boundary). The speedup over a reference is derived from it.
 *
 * @param planOrNull how the run is laid out on its devices, for models that plan one (the absolute kit)
 */
public record TimeEstimate(
        double trainingSeconds,
        Map<OperationClass, Double> secondsByClass,
        double overheadSeconds,
        List<Derivation> derivation,
        List<String> warnings,
        ParallelPlan planOrNull) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param trainingSeconds s
     * @param secondsByClass s by operation class
     * @param overheadSeconds s outside the classes (checkpoints, failures, conversion)
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     * @param planOrNull the parallel plan behind the time, or null
     */
    public TimeEstimate {
        secondsByClass = Checks.split("trainingSeconds", trainingSeconds, "secondsByClass", secondsByClass,
                "overheadSeconds", overheadSeconds, "s");
        derivation = List.copyOf(derivation);
        warnings = List.copyOf(warnings);
    }

    /**
     * An estimate without a parallel plan.
     *
     * @param trainingSeconds s
     * @param secondsByClass s by operation class
     * @param overheadSeconds s outside the classes (checkpoints, failures, conversion)
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     */
    public TimeEstimate(double trainingSeconds, Map<OperationClass, Double> secondsByClass, double overheadSeconds,
                        List<Derivation> derivation, List<String> warnings) {
        this(trainingSeconds, secondsByClass, overheadSeconds, derivation, warnings, null);
    }

    /**
     * The same estimate with its plan.
     *
     * @param plan the parallel plan behind the time
     * @return the same estimate with its plan
     */
    public TimeEstimate withPlan(ParallelPlan plan) {
        return new TimeEstimate(trainingSeconds, secondsByClass, overheadSeconds, derivation, warnings, plan);
    }

    /**
     * The parallel plan behind the time, when the model made one.
     *
     * @return the plan, or empty
     */
    public java.util.Optional<ParallelPlan> plan() {
        return java.util.Optional.ofNullable(planOrNull);
    }

    /**
     * Splits a total over the workload's operation mix.
     *
     * @param trainingSeconds s
     * @param mix the share of time by operation class
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     * @return splits a total over the workload's operation mix
     */
    public static TimeEstimate split(double trainingSeconds, OperationMix mix, List<Derivation> derivation, List<String> warnings) {
        EnumMap<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        mix.fractions().forEach((c, f) -> byClass.put(c, f * trainingSeconds));
        return new TimeEstimate(trainingSeconds, byClass, 0, derivation, warnings);
    }

    /**
     * How many times faster than a reference.
     *
     * @param reference the other time
     * @return reference time over this time
     */
    public double speedupOver(TimeEstimate reference) {
        return reference.trainingSeconds / trainingSeconds;
    }
}
