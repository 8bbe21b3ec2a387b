package dev.cambrian.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Wall-clock training time, split by operation class, plus overhead that belongs to no class
 * (conversion at a domain boundary). The speedup over a reference is derived from it.
 *
 * @param planOrNull how the run is laid out on its devices, for models that plan one (the absolute kit)
 * @param overheadSecondsByClass the overhead attributed to the classes that cause it, adding up to {@code overheadSeconds}
 *                               (API 1.8.0; the relative kit: each class's time on the technology x its conversion
 *                               overhead), or empty when the overhead belongs to the run as a whole
 */
public record TimeEstimate(
        double trainingSeconds,
        Map<OperationClass, Double> secondsByClass,
        double overheadSeconds,
        List<Derivation> derivation,
        List<String> warnings,
        ParallelPlan planOrNull,
        Map<OperationClass, Double> overheadSecondsByClass) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param trainingSeconds s
     * @param secondsByClass s by operation class
     * @param overheadSeconds s outside the classes (checkpoints, failures, conversion)
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     * @param planOrNull the parallel plan behind the time, or null
     * @param overheadSecondsByClass s of the overhead by the class that causes it, adding up to the overhead; empty
     *                               when it is not attributed to classes
     */
    public TimeEstimate {
        secondsByClass = Checks.split("trainingSeconds", trainingSeconds, "secondsByClass", secondsByClass,
                "overheadSeconds", overheadSeconds, "s");
        derivation = List.copyOf(derivation);
        warnings = List.copyOf(warnings);
        overheadSecondsByClass = OverheadShares.checked("overheadSecondsByClass", overheadSeconds, overheadSecondsByClass,
                secondsByClass, "s");
    }

    /**
     * An estimate whose overhead belongs to the run as a whole.
     *
     * @param trainingSeconds s
     * @param secondsByClass s by operation class
     * @param overheadSeconds s outside the classes (checkpoints, failures, conversion)
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     * @param planOrNull the parallel plan behind the time, or null
     */
    public TimeEstimate(double trainingSeconds, Map<OperationClass, Double> secondsByClass, double overheadSeconds,
                        List<Derivation> derivation, List<String> warnings, ParallelPlan planOrNull) {
        this(trainingSeconds, secondsByClass, overheadSeconds, derivation, warnings, planOrNull, Map.of());
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
        return new TimeEstimate(trainingSeconds, secondsByClass, overheadSeconds, derivation, warnings, plan,
                overheadSecondsByClass);
    }

    /**
     * The same estimate with its overhead attributed to the classes that cause it, so that a compound running only some
     * of those classes on this backend pays only their part ({@link #overheadSecondsFor}).
     *
     * @param byClass s of overhead by operation class: classes of {@code secondsByClass}, adding up to the overhead
     * @return the same estimate with the overhead attributed
     */
    public TimeEstimate withOverheadByClass(Map<OperationClass, Double> byClass) {
        return new TimeEstimate(trainingSeconds, secondsByClass, overheadSeconds, derivation, warnings, planOrNull, byClass);
    }

    /**
     * The overhead a run of only these classes on this backend brings: the whole overhead when it is not attributed to
     * classes (0 for no class) or when every class it is attributed to is run, else those classes' parts.
     *
     * @param classes the classes run here
     * @return s of overhead
     */
    public double overheadSecondsFor(java.util.Collection<OperationClass> classes) {
        return OverheadShares.forClasses(overheadSeconds, overheadSecondsByClass, classes);
    }

    /**
     * The same estimate with other warnings, everything else kept (a wrapper adding its own caveat keeps the overhead's
     * attribution and the plan).
     *
     * @param newWarnings caveats the user should see
     * @return the same estimate with these warnings
     */
    public TimeEstimate withWarnings(List<String> newWarnings) {
        return new TimeEstimate(trainingSeconds, secondsByClass, overheadSeconds, derivation, newWarnings, planOrNull,
                overheadSecondsByClass);
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
