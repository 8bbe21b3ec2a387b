package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.audit.Auditor;
import dev.cambrian.engine.audit.BackendAudit;
import dev.cambrian.engine.audit.CheckRun;
import dev.cambrian.engine.audit.EmbodiedCarbonCheck;
import dev.cambrian.engine.audit.Finding;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The audit's findings for the selected backends and compounds (A+B), as the audit command and the report show them. */
final class Audits {
    private Audits() {
    }

    /**
     * The findings, most severe first, which checks ran per backend (and why not), the backends that could not be
     * audited, and the backends audited alone (their user-given values are named beside the findings).
     */
    record Result(List<Finding> findings, List<CheckRun> checks, List<String> failures, List<LoadedBackend> audited) {
    }

    static Result run(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, List<String> backends) {
        List<Finding> findings = new ArrayList<>(Auditor.audit(workload));
        List<CheckRun> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (String id : backends) {
            if (id.contains("+")) {
                findings.add(compoundFinding(ctx, scenario, workload, evaluation, id));
            } else {
                singles.add(id);
            }
        }
        ResolvedParameters baseline = ctx.plugins.backend(scenario.baseline()).map(evaluation::parameters).orElse(null);
        List<LoadedBackend> selected = backends.isEmpty() || !singles.isEmpty() ? ctx.select(singles) : List.of();
        Estimate baselineEstimate = baselineEstimate(ctx, evaluation, scenario);
        for (LoadedBackend b : selected) {
            var params = evaluation.parameters(b);
            try {
                BackendAudit audit = evaluation.call(b, "audit", () -> Auditor.audit(b.backend(), params, workload,
                        scenario.economics(), evaluation.reference().orElse(null), baseline));
                findings.addAll(audit.findings());
                checks.addAll(audit.checks());
                if (baselineEstimate != null) {
                    EmbodiedCarbonCheck.check(evaluation.estimate(b, params), baselineEstimate).ifPresent(findings::add);
                }
            } catch (PluginFailure f) {
                failures.add(f.describe());
            } catch (InfeasibleException e) {
                failures.add(b.id() + ": " + e.getMessage());
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::subject));
        return new Result(List.copyOf(findings), List.copyOf(checks), List.copyOf(failures), List.copyOf(selected));
    }

    /** The baseline's estimate with its footprint, for the embodied-carbon check; null when it is not loaded or has no answer. */
    private static Estimate baselineEstimate(Context ctx, Evaluation evaluation, Scenario scenario) {
        var baseline = ctx.plugins.backend(scenario.baseline());
        if (baseline.isEmpty() || scenario.environment().isEmpty()) {
            return null;
        }
        try {
            return evaluation.estimate(baseline.get(), evaluation.parameters(baseline.get()));
        } catch (PluginFailure | InfeasibleException e) {
            return null; // the baseline's own failure is reported where it is audited
        }
    }

    /** A compound's headline arithmetic (the product of its members' factors) against its class-by-class result. */
    private static Finding compoundFinding(Context ctx, Scenario scenario, Workload workload, Evaluation evaluation, String id) {
        var c = Compounds.compound(ctx, evaluation, scenario, workload, id, Map.of(),
                dev.cambrian.engine.compose.Composer.DEFAULT_INTEGRATION_MONTHS).compound();
        Double seed = Compounds.SEED_CLAIMS.get(c.id());
        double claimed = seed != null ? seed : c.naiveSpeedup();
        return new Finding(c.id(), "compound arithmetic",
                "technologies compose class by class: each class runs on one member, so factors do not multiply (Amdahl)",
                (seed != null ? "grok2025althw: ~" : "naive product ") + dev.cambrian.cli.output.Quantities.number(claimed) + "x",
                seed != null ? "grok2025althw, end of 'Resources with ...' ('photonic + analog ~1000x total')" : "the members' own speedups",
                "composed class by class " + dev.cambrian.cli.output.Quantities.number(c.composedSpeedup()) + "x (naive product "
                        + dev.cambrian.cli.output.Quantities.number(c.naiveSpeedup()) + "x)",
                dev.cambrian.engine.audit.Severity.ofRatio(claimed / c.composedSpeedup()),
                List.of(new Finding.Measured("claimed_speedup", "ratio", claimed),
                        new Finding.Measured("naive_speedup", "ratio", c.naiveSpeedup()),
                        new Finding.Measured("composed_speedup", "ratio", c.composedSpeedup())));
    }
}
