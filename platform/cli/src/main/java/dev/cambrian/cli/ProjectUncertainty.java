package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.estimate.Costs;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.project.FrontierWorkload;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ProjectionYear;
import dev.cambrian.engine.project.UncertainProjection;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.workload.WorkloadResolver;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Samples a backend's cost over the baseline's on each projection year's frontier model (docs/models.md §7
 * with §8), through the plugin host: one Monte Carlo run per scenario and year (years before the backend
 * is available too, whose ratios a later year holds when its own model has no valid answer). The cluster
 * is the scenario's, doubled while the baseline's nominal run has no valid answer (a model too large
 * for its memory), up to the scenario's devices times P(y) / P(base year); set on every backend that
 * declares devices (relative backends follow the baseline).
 */
final class ProjectUncertainty {
    /**
     * What came out for one backend: a result per scenario, the nominal point's cost ratio on each year's frontier
     * model per scenario (same order; NaN where either had no answer), and the problems met on the way.
     */
    record Outcome(List<UncertainProjection.Result> scenarios, List<double[]> nominalRatios, List<String> problems) {
        /** Its years from {@code year} on, measured from {@code measuredFrom}. */
        Outcome shownFrom(int year, int measuredFrom) {
            return new Outcome(scenarios.stream().map(r -> r.from(year)).toList(), nominalRatios.stream()
                    .map(r -> java.util.Arrays.copyOfRange(r, year - measuredFrom, r.length)).toList(), problems);
        }
    }

    private ProjectUncertainty() {
    }

    /** @param nominalCostUsd the backend's nominal cost on {@code today}, what a fixed premium's share is of */
    static Outcome sample(Context ctx, Scenario bare, Workload today, LoadedBackend backend, double nominalCostUsd,
            int availableFrom, java.util.Map<ProjectionScenario, Projection> plain, ProjectionAssumptions a, Options options) {
        LoadedBackend baseline = ctx.plugins.backend(bare.baseline()).orElseThrow(() -> new NothingValidException(
                "--backend needs the scenario's baseline " + bare.baseline() + " for the cost ratio"));
        double devices = baselineDevices(ctx, bare, today, baseline);
        List<LoadedBackend> pair = backend.id().equals(baseline.id()) ? List.of(baseline) : List.of(baseline, backend);
        List<UncertainProjection.Result> results = new ArrayList<>();
        List<double[]> nominalRatios = new ArrayList<>();
        Set<String> problems = new LinkedHashSet<>();
        declared(ctx.evaluation(bare, today).parameters(backend), nominalCostUsd, problems);
        for (ProjectionScenario s : ProjectionScenario.values()) {
            Projection p = plain.get(s);
            List<double[]> ratios = new ArrayList<>(); // null: the year not measured
            double[] nominal = new double[p.years().size()];
            java.util.Arrays.fill(nominal, Double.NaN);
            boolean baselineOutgrown = false; // no cluster up to the largest gave the baseline an answer on an earlier model
            for (ProjectionYear y : p.years()) {
                Workload w = null;
                if (!baselineOutgrown) { // once outgrown, each later year's model is larger: none either, and the doubling took minutes
                    try {
                        w = WorkloadResolver.resolve(FrontierWorkload.request(s, a, y.year()));
                    } catch (IllegalArgumentException unusable) { // a year far from the anchors: under one parameter, say
                        problems.add(s.id() + " " + y.year() + ": the frontier model cannot be estimated (" + unusable.getMessage()
                                + "); the year counts as without answer");
                    }
                }
                if (w == null) {
                    ratios.add(null);
                    continue;
                }
                Scenario grown = bare;
                Evaluation e = ctx.evaluation(grown, w);
                if (!Double.isNaN(devices)) {
                    // the smallest cluster, doubling from today's up to the model-sized one (and no more devices than a
                    // count holds), whose baseline has an answer
                    double largest = Math.min(ParameterResolver.LARGEST_WHOLE,
                            devices * Math.max(1, FrontierWorkload.sizeOverBaseYear(a, y.year())));
                    for (double n = devices; e.reference().isEmpty() && n * 2 <= largest * 2; n *= 2) {
                        grown = n == devices ? bare : withDevices(bare, (long) Math.ceil(n));
                        e = ctx.evaluation(grown, w);
                    }
                    if (e.reference().isEmpty() && largest == ParameterResolver.LARGEST_WHOLE) {
                        baselineOutgrown = true;
                        problems.add(s.id() + ": from " + y.year() + " the baseline has no answer on any cluster up to 2^53"
                                + " devices; later years, with larger models, are not measured");
                    }
                }
                // the ratios of this year and of the years still to come are kept until the scenario is summarised
                long heldLater = (long) Double.BYTES * options.samples() * (p.years().size() - ratios.size());
                MonteCarlo.Columns c = Sampling.plan(ctx, e, grown, w, pair, options, false,
                        dev.cambrian.engine.shard.Shard.WHOLE, false, heldLater).columns();
                problems.addAll(c.failures());
                ratios.add(ratio(c.byBackend().get(backend.id()), c.byBackend().get(baseline.id()), options.samples()));
                nominal[ratios.size() - 1] = nominalRatio(e, grown, backend, problems);
            }
            results.add(UncertainProjection.of(p, a, ratios, options.samples(), availableFrom));
            nominalRatios.add(nominal);
        }
        return new Outcome(results, List.copyOf(nominalRatios), List.copyOf(problems));
    }

    /**
     * What uncertainty marks and project said nothing of: a backend with no range of its own (its band is its
     * baseline's), and a fixed premium no model derives (probabilistic-training's is most of its cost).
     */
    private static void declared(dev.cambrian.engine.estimate.ResolvedParameters params, double nominalCostUsd,
                                 Set<String> notes) {
        if (params.uncertainIndices().length == 0) { // what uncertainty samples: none, or only ranges its models leave unread
            notes.add("fixed: no uncertainty declared for any of its own parameters (no range in force that its models read);"
                    + " its band is its baseline's only");
        }
        // the premium is inside the cost ratio that scales each year's cost, so it grows and shrinks with the year's cost:
        // "the same sum in every year" was false ($50M became $2.8M in 2027 and $1.8T in 2035)
        Premium.of(params, nominalCostUsd).ifPresent(p -> notes.add(p.text() + " (its share on today's workload; each year's"
                + " cost is the backend's on that year's frontier model, where the same premium is a smaller share as the"
                + " model grows)"));
    }

    /** The backend's nominal cost over the baseline's: the factor a backend bends the projection by. */
    static double costRatio(dev.cambrian.engine.estimate.Estimate backend, dev.cambrian.api.ReferenceRun baseline,
                            dev.cambrian.api.Economics economics) {
        return backend.costUsd().nominal() / Costs.totalUsd(baseline, economics);
    }

    /**
     * The backend's nominal cost over the baseline's reference run on the evaluation's workload, as the cost factor
     * on today's workload is taken (Projections); NaN when either has no valid answer or the backend failed.
     */
    private static double nominalRatio(Evaluation e, Scenario s, LoadedBackend backend, Set<String> problems) {
        var reference = e.reference();
        if (reference.isEmpty()) {
            return Double.NaN;
        }
        try {
            return costRatio(e.estimate(backend, e.parameters(backend)), reference.get(), s.economics());
        } catch (PluginFailure f) {
            problems.add(f.describe());
            return Double.NaN;
        } catch (InfeasibleException no) {
            return Double.NaN;
        } catch (dev.cambrian.engine.InputException blamed) {
            // a figure past a double with a value in force: on a grown cluster (set as --set *.devices by this command)
            // or a far year's model, not bad input: the year has no answer, as its samples have none
            problems.add(blamed.getMessage());
            return Double.NaN;
        }
    }

    private static Scenario withDevices(Scenario s, long devices) {
        return s.overriddenBy(ScenarioLoader.parseSets(List.of(Scenario.ALL_BACKENDS + "." + AbsoluteParameters.DEVICES
                + "=" + devices)));
    }

    /** Sample by sample, backend over baseline; NaN where either has no answer (or failed). */
    private static double[] ratio(double[] backend, double[] baseline, int samples) {
        double[] r = new double[samples];
        for (int i = 0; i < samples; i++) {
            r[i] = backend == null || baseline == null ? Double.NaN : backend[i] / baseline[i];
        }
        return r;
    }

    /** The baseline's device count in force under the scenario, or NaN when it declares none. */
    private static double baselineDevices(Context ctx, Scenario bare, Workload today, LoadedBackend baseline) {
        var values = ctx.evaluation(bare, today).parameters(baseline).nominal();
        return values.space().indexOf(AbsoluteParameters.DEVICES) < 0 ? Double.NaN : values.get(AbsoluteParameters.DEVICES);
    }
}
