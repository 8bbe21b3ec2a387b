package dev.cambrian.cli;

import dev.cambrian.cli.chart.Chart;
import dev.cambrian.engine.audit.Finding;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The report's data as the page draws it: subtitle, charts, the audit's findings and the notes. */
final class ReportView {
    static final String SCHEMA = "cambrian.report/v1";

    private ReportView() {
    }

    static String title(Analysis a) {
        return "Cambrian report: " + a.workload().name() + ", scenario " + a.scenario().name();
    }

    static Map<String, Object> data(Analysis a, List<Chart> charts) {
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("title", title(a));
        root.put("subtitle", ReportCharts.subtitle(a));
        root.put("charts", charts);
        List<Object> findings = new ArrayList<>();
        for (Finding f : a.audit().findings()) {
            Map<String, Object> m = Json.object();
            m.put("severity", f.severity().id());
            m.put("subject", f.subject());
            m.put("check", f.check());
            m.put("claim", f.claim());
            m.put("numbers", f.numbers());
            m.put("source", f.source());
            findings.add(m);
        }
        root.put("findings", findings);
        root.put("notes", notes(a));
        return root;
    }

    private static List<String> notes(Analysis a) {
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        notes.add("Ranges: nominal with low-high over the corners of the uncertain parameters' ranges; the Monte Carlo"
                + " charts sample the same parameters by their declared distributions. Cost = hardware + operations + energy at $"
                + a.scenario().economics().electricityUsdPerKwh() + "/kWh. Time to hero = months from the start of the"
                + " programme to the trained model.");
        if (!a.scenario().levers().isEmpty()) {
            notes.add(LeverRuns.note(a.scenario().levers()));
        }
        // what rank and uncertainty say beside their tables: a page for a meeting had none of it (the user's values, the
        // seeds' caveats, the environment's factors, what the Monte Carlo holds fixed)
        a.scenario().environment().ifPresent(env -> notes.addAll(FootprintView.factorNotes(env)));
        List<String> warnings = new ArrayList<>(a.outcome().notes());
        for (Estimate e : a.outcome().estimates()) {
            notes.addAll(AssumptionLines.of(e));
            e.warnings().forEach(w -> warnings.add(e.backendId() + ": " + w));
        }
        UncertaintyResult sampled = a.uncertainty().result();
        notes.addAll(sampled.notes());
        for (BackendUncertainty b : sampled.backends()) {
            notes.addAll(b.notes());
            UncertaintyView.fixedNote(b, sampled.figure()).ifPresent(n -> notes.add("Monte Carlo: " + b.backendId() + ": " + n));
            Premium.of(b, a.uncertainty().subjects()).ifPresent(p -> notes.add(p.note(b.backendId())));
        }
        warnings.forEach(w -> notes.add("Warning: " + w));
        a.outcome().failures().forEach(f -> notes.add("Warning: failed: " + f));
        a.outcome().infeasible().forEach(f -> notes.add("Warning: no valid answer: " + f));
        sampled.failures().forEach(f -> notes.add("Warning: Monte Carlo failed: " + f));
        a.audit().failures().forEach(f -> notes.add("Warning: not audited: " + f));
        a.pluginProblems().forEach(p -> notes.add("Warning: plugin problem: " + p));
        return List.copyOf(notes);
    }
}
