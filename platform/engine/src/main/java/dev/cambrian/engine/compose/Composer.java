package dev.cambrian.engine.compose;

import dev.cambrian.api.Checks;
import dev.cambrian.api.Contracts;
import dev.cambrian.api.Derivation;
import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The host's composition of two or more backends (docs/models.md §5): each operation class goes to the member
 * that runs it fastest, or where the user pins it; a class no member runs faster than the baseline
 * stays on the baseline. Then the five models compose: time by Amdahl over the classes plus the used
 * runners' overheads, energy summed the same way, hardware as a union, fab as the members' investments summed with
 * shared lines once, and the timeline as a critical path. A member's per-class figures are those of its
 * nominal evaluation.
 */
public final class Composer {
    /** The integration phase after the members' programmes: grok2025althw's integration phases are about 6 months. */
    public static final double DEFAULT_INTEGRATION_MONTHS = 6;
    static final String SOURCE = "docs/models.md §5 (host composition: Amdahl over operation classes)";

    private Composer() {
    }

    /**
     * Composes the members against the baseline they were estimated against.
     *
     * <p>Cost: the members' own devices and premiums (a member renting by the hour for the compound's hours), one GPU fleet (the largest any used runner keeps)
     * for the compound's run at the baseline's price per device-hour, and the compound's energy at the
     * scenario's price (see CompoundCost). A runner's overheads (time and energy) count once it runs
     * any class: the part for the classes it runs where its time attributes the overhead to classes (the relative kit's
     * conversion overhead, API 1.8.0), else all of it; the baseline counts as used only when a class with work on it stays there.
     *
     * @param pins              operation class to the id of a member or of the baseline; may be empty
     * @param integrationMonths the integration phase after the members' programmes ({@link #DEFAULT_INTEGRATION_MONTHS})
     * @throws IllegalArgumentException fewer than two members, a member twice, members on different
     *                                  workloads, or a pin that names no member nor the baseline
     * @throws InfeasibleException      when the composed run takes no time at all (no speedup is defined)
     */
    public static Compound compose(List<Estimate> members, ReferenceRun baseline, Map<OperationClass, String> pins,
                                   Economics economics, double integrationMonths) {
        return compose(members, baseline, pins, economics, integrationMonths, Set.of());
    }

    /**
     * Whether a backend rents its devices by the hour: it declares {@link Contracts#PRICE_PER_DEVICE_HOUR} (an absolute
     * backend does; a relative one buys its devices and declares the seed-arithmetic switch). A compound holds such a
     * member's devices for its own hours, not the member's.
     */
    public static boolean rentsByTheHour(ParameterSpace space) {
        return space.indexOf(Contracts.PRICE_PER_DEVICE_HOUR) >= 0 && space.indexOf(RelativeParameters.SEED_ARITHMETIC) < 0;
    }

    /**
     * The same, with the members that {@link #rentsByTheHour rent by the hour} named: their devices and operations are
     * billed for the compound's hours (gpu-b200 in a compound of 1.33 h was billed for its own 2.92 h).
     */
    public static Compound compose(List<Estimate> members, ReferenceRun baseline, Map<OperationClass, String> pins,
                                   Economics economics, double integrationMonths, Set<String> rentedByTheHour) {
        checkInputs(members, baseline, pins, economics, integrationMonths);
        List<Runner> runners = new ArrayList<>();
        members.forEach(e -> runners.add(Runner.member(e)));
        // Classes kept on the baseline run on it as improved by the scenario's levers, if any; the speedups
        // below stay measured against today's baseline, as the members' claims are.
        ReferenceRun kept = baseline.forWorkLeftOnBaseline();
        Runner base = Runner.baseline(kept);
        Assignment assignment = Assigner.assign(runners, base, pins);
        Set<Runner> used = assignment.used(runners, base);
        List<Derivation> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Map<OperationClass, String> assignedIds = new EnumMap<>(OperationClass.class);
        Map<OperationClass, Double> seconds = new EnumMap<>(OperationClass.class);
        double classJoules = 0;
        for (Map.Entry<OperationClass, Runner> a : assignment.byClass().entrySet()) {
            OperationClass c = a.getKey();
            Runner r = a.getValue();
            assignedIds.put(c, r.id());
            seconds.put(c, r.seconds(c));
            classJoules += r.joules(c);
            steps.add(classStep(c, r, runners, base, assignment.pinned().contains(c)));
            if (assignment.pinned().contains(c) && !r.isBaseline() && base.states(c) && base.seconds(c) > 0) {
                if (r.seconds(c) >= base.seconds(c)) {
                    // photonic pinned to attention, which its training method cannot take: listed as running it, at GPU speed
                    warnings.add(c.id() + " is pinned to " + r.id() + ", which takes " + Derivation.number(r.seconds(c))
                            + " s on it against the baseline's " + Derivation.number(base.seconds(c)) + " s: " + r.id()
                            + " speeds up none of it (the class runs on the GPUs " + r.id() + " keeps, if any)");
                } else if (r.secondsWithOwnOverhead(c) >= base.seconds(c)) {
                    warnings.add(c.id() + " is pinned to " + r.id() + ", which takes " + Derivation.number(r.seconds(c))
                            + " s on it and brings " + Derivation.number(r.ownOverheadSeconds(c))
                            + " s of overhead with it, against the baseline's " + Derivation.number(base.seconds(c))
                            + " s: the class is slower there than left on the baseline");
                }
            }
        }
        double overheadSeconds = 0;
        double overheadJoules = 0;
        List<String> overheads = new ArrayList<>();
        for (Runner r : used) {
            Set<OperationClass> runs = assignment.classesOf(r);
            double s = r.overheadSeconds(runs);
            double j = r.overheadJoules(runs);
            overheadSeconds += s;
            overheadJoules += j;
            overheads.add(r.id() + " " + Derivation.number(s) + " s / " + Derivation.number(j) + " J"
                    + (r.paysPartOfItsOverhead(runs) ? " (its part for " + runs.stream().map(OperationClass::id)
                            .collect(java.util.stream.Collectors.joining(", ")) + ")" : ""));
        }
        double trainingSeconds = seconds.values().stream().mapToDouble(Double::doubleValue).sum() + overheadSeconds;
        if (!(trainingSeconds > 0) || !Double.isFinite(trainingSeconds)) {
            throw new InfeasibleException("the compound " + idOf(members) + " takes no time at all (every class it runs is"
                    + " stated at 0 s and no runner adds overhead), so no speedup can be given");
        }
        double energyJoules = classJoules + overheadJoules;
        steps.add(new Derivation("overheads", overheadSeconds, "s", "sum over runners that run any class of their overheads (the part for the classes they run, where a runner attributes it)",
                overheads.isEmpty() ? "none" : String.join(", ", overheads), SOURCE));
        steps.add(new Derivation("training time", trainingSeconds, "s", "sum over classes of the assigned runner's time + overheads",
                Derivation.number(trainingSeconds - overheadSeconds) + " s + " + Derivation.number(overheadSeconds) + " s", SOURCE));
        steps.add(new Derivation("energy", energyJoules, "J", "sum over classes of the assigned runner's energy + overheads",
                Derivation.number(classJoules) + " J + " + Derivation.number(overheadJoules) + " J", SOURCE));

        List<HardwareLine> hardware = HardwareUnion.of(used, assignment, base, kept, trainingSeconds);
        double costUsd = CompoundCost.usd(used, assignment, base, kept, trainingSeconds, energyJoules, economics, rentedByTheHour,
                steps);
        Range fab = SharedInvestment.totalUsd(members, steps);
        double heroMonth = CriticalPath.heroMonth(members, integrationMonths, trainingSeconds, steps);
        double baselineSeconds = baseline.time().trainingSeconds();
        double naive = Headline.naiveSpeedup(members, baselineSeconds, steps);
        double composed = baselineSeconds / trainingSeconds;
        steps.add(new Derivation("composed speedup", composed, "x", "baseline time / compound time",
                Derivation.number(baselineSeconds) + " s / " + Derivation.number(trainingSeconds) + " s", SOURCE));
        List<String> ids = new ArrayList<>();
        members.forEach(e -> ids.add(e.backendId()));
        return new Compound(idOf(members), ids, assignedIds, seconds, overheadSeconds, trainingSeconds, energyJoules, costUsd,
                hardware, fab, heroMonth, naive, composed, Headline.whyTheyDiffer(naive, composed, overheadSeconds), steps,
                warnings);
    }

    private static void checkInputs(List<Estimate> members, ReferenceRun baseline, Map<OperationClass, String> pins,
                                    Economics economics, double integrationMonths) {
        if (members == null || members.size() < 2) {
            throw new IllegalArgumentException("a compound needs at least two members, got "
                    + (members == null ? 0 : members.size()));
        }
        if (baseline == null || pins == null || economics == null) {
            throw new IllegalArgumentException("a compound needs a baseline run, pins (possibly none) and economics");
        }
        Checks.nonNegative("integration months", integrationMonths);
        Set<String> seen = new HashSet<>();
        for (Estimate e : members) {
            if (e == null) {
                throw new IllegalArgumentException("a compound member is missing");
            }
            if (!seen.add(e.backendId())) {
                throw new IllegalArgumentException("backend " + e.backendId() + " appears twice in the compound " + idOf(members));
            }
            if (!e.workload().id().equals(members.get(0).workload().id())) {
                throw new IllegalArgumentException("compound members must be estimated on one workload: "
                        + members.get(0).backendId() + " is on " + members.get(0).workload().id() + ", "
                        + e.backendId() + " on " + e.workload().id());
            }
        }
    }

    /** One class: who runs it, against what, and whether the user chose. */
    private static Derivation classStep(OperationClass c, Runner chosen, List<Runner> members, Runner baseline, boolean pinned) {
        List<String> candidates = new ArrayList<>();
        for (Runner m : members) {
            double overhead = m.states(c) ? m.ownOverheadSeconds(c) : 0;
            // the overhead a class brings decides the choice too, so it is shown where there is some
            candidates.add(m.id() + (!m.states(c) ? " (does not state it)" : " " + Derivation.number(m.seconds(c)) + " s"
                    + (overhead > 0 ? " + " + Derivation.number(overhead) + " s overhead" : "")));
        }
        candidates.add("baseline " + baseline.id() + " " + Derivation.number(baseline.seconds(c)) + " s");
        String formula = pinned ? "pinned by the user"
                : chosen.isBaseline() ? "no member faster than the baseline: stays on the baseline"
                : "fastest member on the class, with the overhead it brings";
        return new Derivation("time of " + c.id(), chosen.seconds(c), "s", formula + " -> " + chosen.id()
                + " (" + Derivation.number(chosen.joules(c)) + " J)", String.join(", ", candidates), SOURCE);
    }

    private static String idOf(List<Estimate> members) {
        List<String> ids = new ArrayList<>();
        members.forEach(e -> ids.add(e == null ? "?" : e.backendId()));
        return String.join("+", ids);
    }
}
