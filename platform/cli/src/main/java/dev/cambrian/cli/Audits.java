package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.audit.Auditor;
import dev.cambrian.engine.audit.Finding;
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

    /** The findings, most severe first, and the backends that could not be audited. */
    record Result(List<Finding> findings, List<String> failures) {
    }

    static Result run(Context ctx, Scenario scenario, Workload workload, List<String> backends) {
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        List<Finding> findings = new ArrayList<>(Auditor.audit(workload));
        List<String> failures = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (String id : backends) {
            if (id.contains("+")) {
                findings.add(compoundFinding(ctx, scenario, workload, evaluation, id));
            } else {
                singles.add(id);
            }
        }
        List<LoadedBackend> selected = backends.isEmpty() || !singles.isEmpty() ? ctx.select(singles) : List.of();
        for (LoadedBackend b : selected) {
            var params = evaluation.parameters(b);
            try {
                findings.addAll(evaluation.call(b, "audit", () -> Auditor.audit(b.backend(), params, workload,
                        scenario.economics(), evaluation.reference().orElse(null))));
            } catch (PluginFailure f) {
                failures.add(f.describe());
            } catch (InfeasibleException e) {
                failures.add(b.id() + ": " + e.getMessage());
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::subject));
        return new Result(List.copyOf(findings), List.copyOf(failures));
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
                dev.cambrian.engine.audit.Severity.ofRatio(claimed / c.composedSpeedup()));
    }
}
