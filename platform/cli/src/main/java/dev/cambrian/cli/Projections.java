package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Costs;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.lever.LeverEffects;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionDerivation;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.Projector;
import dev.cambrian.engine.project.UncertainProjection;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The frontier model's training cost by year under faraboschi2024barriers' three scenarios (docs/models.md §7),
 * as the project command and the report show it, and how backends and levers bend it: each change of the
 * cost per FLOP from a year on is projected again under every scenario, so the crossings can be compared.
 */
final class Projections {
    private Projections() {
    }

    /**
     * What to project: the window, the assumptions (reference lines as asked), the backends that bend it and
     * how their cost is sampled (null without backends), the first year of the scenario's levers and the
     * year to derive (null for none).
     */
    record Request(int fromYear, int toYear, ProjectionAssumptions assumptions, List<String> backends, Options samplingOrNull,
                   int leversFromYear, Integer explainYearOrNull) {
        Request from(int year) {
            return new Request(year, toYear, assumptions, backends, samplingOrNull, leversFromYear, explainYearOrNull);
        }
    }

    /**
     * The cost per FLOP multiplied by a factor from a year on, projected under each scenario: one factor (a lever's),
     * or one per scenario and year ({@code factorsByYearOrNull}, a backend's; NaN for a year that stays on the
     * baseline), when {@code costFactor} is only the factor on the workload, for comparison.
     */
    record Bend(String label, int fromYear, double costFactor, Map<ProjectionScenario, double[]> factorsByYearOrNull,
                Map<ProjectionScenario, Projection> projections) {
        /** Its years from {@code year} on (it was projected from {@code measuredFrom}); crossings as they are. */
        Bend shownFrom(int year, int measuredFrom) {
            Map<ProjectionScenario, double[]> factors = null;
            if (factorsByYearOrNull != null) {
                factors = new EnumMap<>(ProjectionScenario.class);
                for (var e : factorsByYearOrNull.entrySet()) {
                    factors.put(e.getKey(), java.util.Arrays.copyOfRange(e.getValue(), year - measuredFrom, e.getValue().length));
                }
            }
            return new Bend(label, fromYear, costFactor, factors, shown(projections, year));
        }
    }

    /**
     * Training moved to a backend from the year after its hero month: its nominal cost over the baseline's on each
     * year's frontier model gives that year's factor (held from the latest year with an answer, as the samples are),
     * its cost on the workload the factor shown for comparison, and its sampled cost over the baseline's the
     * percentiles per year.
     */
    /** @param inputNotes what resolving its parameters said of the values the user gave (estimate's warnings show them) */
    record BackendBend(String backendId, Bend bend, Range costUsd, double baselineCostUsd, ProjectUncertainty.Outcome uncertainty,
                       List<String> inputNotes) {
    }

    /** A lever's bend, or the levers' stacked, and what its factor rests on (the lever's source, the levers stacked). */
    record LeverBend(Bend bend, String basis) {
    }

    /** The levers measured on the baseline: each alone, all stacked (null for one lever), the best guess with all of them. */
    record Levers(int fromYear, String measuredOn, List<LeverSetting> settings, List<LeverBend> alone, LeverBend stackedOrNull,
                  Projection levered) {
        Levers shownFrom(int year, int measuredFrom) {
            return new Levers(fromYear, measuredOn, settings,
                    alone.stream().map(l -> new LeverBend(l.bend().shownFrom(year, measuredFrom), l.basis())).toList(),
                    stackedOrNull == null ? null : new LeverBend(stackedOrNull.bend().shownFrom(year, measuredFrom),
                            stackedOrNull.basis()), levered.from(year));
        }
    }

    /** How each scenario gets one year's figures. */
    record Explained(int year, Map<ProjectionScenario, List<Derivation>> steps) {
    }

    record Result(Scenario scenario, Workload workloadWithoutLevers, Request request, Map<ProjectionScenario, Projection> plain,
                  List<BackendBend> backends, Levers leversOrNull, Explained explainedOrNull) {
        ProjectionAssumptions assumptions() {
            return request.assumptions();
        }
    }

    /** The projection under each scenario, in {@link ProjectionScenario} order. */
    static Map<ProjectionScenario, Projection> plain(ProjectionAssumptions a, int fromYear, int toYear) {
        Map<ProjectionScenario, Projection> plain = new EnumMap<>(ProjectionScenario.class);
        for (ProjectionScenario s : ProjectionScenario.values()) {
            plain.put(s, Projector.project(s, a, fromYear, toYear));
        }
        return plain;
    }

    /**
     * Projects, then bends with each backend asked for (estimated and sampled through the plugin host on the
     * workload without levers) and with the scenario's levers (measured on its baseline).
     */
    static Result project(Context ctx, Scenario scenario, Workload withoutLevers, Request shown) {
        // Projected from the default window's first year at the latest, then cut to the years asked for: a line crossed
        // before --from keeps its year, and a backend's factor held from a year before it is there to hold.
        int measuredFrom = Math.min(shown.fromYear(), Projector.FIRST_YEAR);
        Request r = shown.from(measuredFrom);
        ProjectionAssumptions a = r.assumptions();
        Map<ProjectionScenario, Projection> plain = plain(a, r.fromYear(), r.toYear());
        List<BackendBend> bent = new ArrayList<>();
        Scenario bare = scenario.withLevers(List.of());
        if (!r.backends().isEmpty()) {
            ctx.select(r.backends(), "--backend");
            // the baseline every factor is over: one that fails on a value the user gave is bad input, not "no baseline"
            ctx.plugins.backend(scenario.baseline()).ifPresent(b -> Sampling.refuseValuesABackendCannotTake(
                    ctx.evaluation(bare, withoutLevers), List.of(b)));
            Evaluation.Outcome outcome = Estimations.evaluate(ctx, bare, withoutLevers, r.backends(), null);
            Estimations.exitCode(ctx, outcome);
            var baseline = outcome.reference().orElseThrow(() -> new NothingValidException(
                    "--backend needs the scenario's baseline " + scenario.baseline() + " for the cost factor"));
            double baselineCost = Costs.totalUsd(baseline, scenario.economics());
            for (Estimate e : outcome.estimates()) {
                double factor = ProjectUncertainty.costRatio(e, baseline, scenario.economics());
                int available = scenario.economics().year() + (int) Math.ceil(e.heroMonth().nominal() / 12);
                ProjectUncertainty.Outcome u = ProjectUncertainty.sample(ctx, bare, withoutLevers,
                        ctx.plugins.backend(e.backendId()).orElseThrow(), e.costUsd().nominal(), available, plain, a,
                        r.samplingOrNull());
                var backend = ctx.plugins.backend(e.backendId()).orElseThrow();
                // resolved as the estimate's were (a new Evaluation would run the baseline's reference again)
                List<String> inputNotes = new ArrayList<>(ParameterResolver.resolve(backend.id(), backend.parameters(), bare).notes());
                ParameterResolver.electricityFarFromDefault(bare).ifPresent(inputNotes::add); // it prices the backend's cost
                bent.add(new BackendBend(e.backendId(), byYear("with " + e.backendId(), available, factor, u, r), e.costUsd(),
                        baselineCost, u, inputNotes));
            }
        }
        Levers levers = null;
        if (!scenario.levers().isEmpty()) {
            int start = r.leversFromYear();
            LeverEffects.Result effects = LeverRuns.measure(ctx, scenario, withoutLevers, scenario.baseline(), scenario.levers());
            List<LeverBend> alone = new ArrayList<>();
            for (LeverEffects.Effect e : effects.alone()) {
                alone.add(new LeverBend(bend("lever " + e.label(), start, e.factors().usd(), r),
                        e.settings().get(0).lever().source()));
            }
            LeverEffects.Effect all = effects.stackedOrNull() != null ? effects.stackedOrNull() : effects.alone().get(0);
            LeverBend stacked = effects.stackedOrNull() == null ? null : new LeverBend(bend("levers stacked", start,
                    all.factors().usd(), r), LeverRuns.labels(all.settings()));
            levers = new Levers(start, scenario.baseline(), scenario.levers(), alone, stacked,
                    Projector.project(ProjectionScenario.BEST_GUESS, a, r.fromYear(), r.toYear(), start, all.factors().usd()));
        }
        Explained explained = null;
        if (r.explainYearOrNull() != null) {
            Map<ProjectionScenario, List<Derivation>> steps = new EnumMap<>(ProjectionScenario.class);
            for (ProjectionScenario s : ProjectionScenario.values()) {
                steps.put(s, ProjectionDerivation.of(s, a, r.explainYearOrNull()));
            }
            explained = new Explained(r.explainYearOrNull(), steps);
        }
        int from = shown.fromYear();
        List<BackendBend> bentShown = bent.stream().map(b -> new BackendBend(b.backendId(), b.bend().shownFrom(from, measuredFrom),
                b.costUsd(), b.baselineCostUsd(), b.uncertainty().shownFrom(from, measuredFrom), b.inputNotes())).toList();
        return new Result(scenario, withoutLevers, shown, shown(plain, from), bentShown,
                levers == null ? null : levers.shownFrom(from, measuredFrom), explained);
    }

    /** Each scenario's projection from {@code year} on. */
    private static Map<ProjectionScenario, Projection> shown(Map<ProjectionScenario, Projection> projections, int year) {
        Map<ProjectionScenario, Projection> out = new EnumMap<>(ProjectionScenario.class);
        projections.forEach((s, p) -> out.put(s, p.from(year)));
        return out;
    }

    /** The cost per FLOP multiplied by {@code factor} from {@code fromYear} on, under each scenario. */
    private static Bend bend(String label, int fromYear, double factor, Request r) {
        Map<ProjectionScenario, Projection> bent = new EnumMap<>(ProjectionScenario.class);
        for (ProjectionScenario s : ProjectionScenario.values()) {
            bent.put(s, Projector.project(s, r.assumptions(), r.fromYear(), r.toYear(), fromYear, factor));
        }
        return new Bend(label, fromYear, factor, null, bent);
    }

    /** A backend's bend: each scenario's years at its own nominal cost ratios, held forward where a year had none. */
    private static Bend byYear(String label, int fromYear, double factorOnWorkload, ProjectUncertainty.Outcome u, Request r) {
        Map<ProjectionScenario, Projection> bent = new EnumMap<>(ProjectionScenario.class);
        Map<ProjectionScenario, double[]> factors = new EnumMap<>(ProjectionScenario.class);
        ProjectionScenario[] scenarios = ProjectionScenario.values();
        for (int i = 0; i < scenarios.length; i++) {
            double[] held = UncertainProjection.heldForward(u.nominalRatios().get(i));
            factors.put(scenarios[i], held);
            bent.put(scenarios[i], Projector.project(scenarios[i], r.assumptions(), r.fromYear(), r.toYear(), fromYear, held));
        }
        return new Bend(label, fromYear, factorOnWorkload, factors, bent);
    }
}
