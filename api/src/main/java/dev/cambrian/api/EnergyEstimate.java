package dev.cambrian.api;

import java.util.Collections;
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
        Checks.positive("joules", joules);
        Checks.nonNegative("overheadJoules", overheadJoules);
        Checks.nonNegativeValues("joulesByClass", joulesByClass);
        double parts = overheadJoules + joulesByClass.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!Checks.sumsAgree(joules, parts)) {
            throw new IllegalArgumentException("energy by class plus overhead (" + parts
                    + " J) does not add up to joules (" + joules + " J)");
        }
        EnumMap<OperationClass, Double> copy = new EnumMap<>(OperationClass.class);
        copy.putAll(joulesByClass);
        joulesByClass = Collections.unmodifiableMap(copy);
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
