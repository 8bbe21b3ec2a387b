package dev.cambrian.engine.compose;

import dev.cambrian.api.Checks;
import dev.cambrian.api.Derivation;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Range;
import dev.cambrian.engine.estimate.HardwareLine;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Two or more backends composed by the host (docs/models.md §5), on one workload against one baseline.
 * The constructor refuses a non-finite or negative figure, so none can leave the engine.
 *
 * @param id              the members' ids joined with "+"
 * @param assignment      operation class to the member that runs it, or the baseline's id when it stays there
 * @param secondsByClass  composed time per class
 * @param overheadSeconds the overheads of the runners that run at least one class
 * @param energyJoules    joules per class from its runner, plus the used runners' overheads
 * @param hardware        the union of the used runners' device kinds (one kind: the largest count), for the compound's hours
 * @param fabInvestmentUsd the members' programme lines, shareable lines of the same name once
 * @param heroMonth       longest member programme + integration + compound training
 * @param naiveSpeedup    product of the members' own speedups over the baseline
 * @param composedSpeedup baseline time / compound time
 * @param whyTheyDiffer   the assumption that separates the two speedups
 * @param derivation      class-by-class assignment and the arithmetic, for {@code explain}
 * @param warnings        what the user should know of the assignment (a pin that speeds nothing up)
 */
public record Compound(
        String id,
        List<String> members,
        Map<OperationClass, String> assignment,
        Map<OperationClass, Double> secondsByClass,
        double overheadSeconds,
        double trainingSeconds,
        double energyJoules,
        double costUsd,
        List<HardwareLine> hardware,
        Range fabInvestmentUsd,
        double heroMonth,
        double naiveSpeedup,
        double composedSpeedup,
        String whyTheyDiffer,
        List<Derivation> derivation,
        List<String> warnings) {

    public Compound {
        warnings = List.copyOf(warnings);
        Checks.text("compound id", id);
        members = List.copyOf(members);
        EnumMap<OperationClass, String> a = new EnumMap<>(OperationClass.class);
        a.putAll(assignment);
        assignment = Collections.unmodifiableMap(a);
        Checks.nonNegativeValues("compound secondsByClass", secondsByClass);
        EnumMap<OperationClass, Double> s = new EnumMap<>(OperationClass.class);
        s.putAll(secondsByClass);
        secondsByClass = Collections.unmodifiableMap(s);
        Checks.nonNegative("compound overheadSeconds", overheadSeconds);
        Checks.positive("compound trainingSeconds", trainingSeconds);
        Checks.nonNegative("compound energyJoules", energyJoules);
        Checks.nonNegative("compound costUsd", costUsd);
        hardware = List.copyOf(hardware);
        for (HardwareLine line : hardware) {
            Checks.nonNegative("count of " + line.kind(), line.count().low());
            Checks.nonNegative("device-hours of " + line.kind(), line.deviceHours().low());
        }
        if (fabInvestmentUsd == null || fabInvestmentUsd.low() < 0) {
            throw new IllegalArgumentException("compound fab investment must be a non-negative range, got " + fabInvestmentUsd);
        }
        Checks.nonNegative("compound heroMonth", heroMonth);
        Checks.positive("compound naiveSpeedup", naiveSpeedup);
        Checks.positive("compound composedSpeedup", composedSpeedup);
        Checks.text("why the speedups differ", whyTheyDiffer);
        derivation = List.copyOf(derivation);
    }
}
