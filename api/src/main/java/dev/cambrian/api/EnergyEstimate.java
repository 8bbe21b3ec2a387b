package dev.cambrian.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Energy drawn from the grid for the whole run, split by operation class, plus fixed overheads. */
public record EnergyEstimate(
        double joules,
        Map<OperationClass, Double> joulesByClass,
        double overheadJoules,
        List<Derivation> derivation,
        List<String> warnings) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param joules J from the grid
     * @param joulesByClass J by operation class
     * @param overheadJoules J outside the classes
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     */
    public EnergyEstimate {
        joulesByClass = Checks.split("joules", joules, "joulesByClass", joulesByClass, "overheadJoules", overheadJoules, "J");
        derivation = List.copyOf(derivation);
        warnings = List.copyOf(warnings);
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
        return new EnergyEstimate(joules, byClass, time.overheadSeconds() * perSecond, derivation, warnings);
    }
}
