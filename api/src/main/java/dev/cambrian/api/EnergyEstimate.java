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

    public EnergyEstimate {
        joulesByClass = Checks.split("joules", joules, "joulesByClass", joulesByClass, "overheadJoules", overheadJoules, "J");
        derivation = List.copyOf(derivation);
        warnings = List.copyOf(warnings);
    }

    /** Splits a total in proportion to the time each class takes. */
    public static EnergyEstimate proportionalTo(TimeEstimate time, double joules, List<Derivation> derivation, List<String> warnings) {
        EnumMap<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        double perSecond = joules / time.trainingSeconds();
        time.secondsByClass().forEach((c, s) -> byClass.put(c, s * perSecond));
        return new EnergyEstimate(joules, byClass, time.overheadSeconds() * perSecond, derivation, warnings);
    }
}
