package dev.cambrian.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Energy drawn from the grid for the whole run, split by operation class, plus fixed overheads.
 *
 * @param overheadJoulesByClass the overhead attributed to the classes that cause it, adding up to {@code overheadJoules}
 *                              (API 1.8.0; the relative kit: cooling x each class's energy on the technology), or empty
 *                              when it belongs to the run as a whole
 */
public record EnergyEstimate(
        double joules,
        Map<OperationClass, Double> joulesByClass,
        double overheadJoules,
        List<Derivation> derivation,
        List<String> warnings,
        Map<OperationClass, Double> overheadJoulesByClass) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param joules J from the grid
     * @param joulesByClass J by operation class
     * @param overheadJoules J outside the classes
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     * @param overheadJoulesByClass J of the overhead by the class that causes it; empty when not attributed
     */
    public EnergyEstimate {
        joulesByClass = Checks.split("joules", joules, "joulesByClass", joulesByClass, "overheadJoules", overheadJoules, "J");
        derivation = List.copyOf(derivation);
        warnings = List.copyOf(warnings);
        overheadJoulesByClass = OverheadShares.checked("overheadJoulesByClass", overheadJoules, overheadJoulesByClass,
                joulesByClass, "J");
    }

    /**
     * An estimate whose overhead belongs to the run as a whole.
     *
     * @param joules J from the grid
     * @param joulesByClass J by operation class
     * @param overheadJoules J outside the classes
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     */
    public EnergyEstimate(double joules, Map<OperationClass, Double> joulesByClass, double overheadJoules,
                          List<Derivation> derivation, List<String> warnings) {
        this(joules, joulesByClass, overheadJoules, derivation, warnings, Map.of());
    }

    /**
     * The same estimate with its overhead attributed to the classes that cause it ({@link #overheadJoulesFor}).
     *
     * @param byClass J of overhead by operation class: classes of {@code joulesByClass}, adding up to the overhead
     * @return the same estimate with the overhead attributed
     */
    public EnergyEstimate withOverheadByClass(Map<OperationClass, Double> byClass) {
        return new EnergyEstimate(joules, joulesByClass, overheadJoules, derivation, warnings, byClass);
    }

    /**
     * The overhead a run of only these classes on this backend brings: the whole overhead when it is not attributed to
     * classes (0 for no class) or when every class it is attributed to is run, else those classes' parts.
     *
     * @param classes the classes run here
     * @return J of overhead
     */
    public double overheadJoulesFor(java.util.Collection<OperationClass> classes) {
        return OverheadShares.forClasses(overheadJoules, overheadJoulesByClass, classes);
    }

    /**
     * Splits a total in proportion to the time each class takes.
     *
     * @param time the training time
     * @param joules J from the grid
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     * @return splits a total in proportion to the time each class takes
     */
    public static EnergyEstimate proportionalTo(TimeEstimate time, double joules, List<Derivation> derivation, List<String> warnings) {
        EnumMap<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        double perSecond = joules / time.trainingSeconds();
        time.secondsByClass().forEach((c, s) -> byClass.put(c, s * perSecond));
        EnumMap<OperationClass, Double> overhead = new EnumMap<>(OperationClass.class);
        time.overheadSecondsByClass().forEach((c, s) -> overhead.put(c, s * perSecond)); // drawn as the time is spent
        return new EnergyEstimate(joules, byClass, time.overheadSeconds() * perSecond, derivation, warnings, overhead);
    }
}
