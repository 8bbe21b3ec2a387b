package dev.cambrian.cli;

import dev.cambrian.cli.chart.Chart;
import dev.cambrian.engine.audit.Finding;
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
        a.outcome().notes().forEach(notes::add);
        a.outcome().failures().forEach(f -> notes.add("Warning: failed: " + f));
        a.outcome().infeasible().forEach(f -> notes.add("Warning: no valid answer: " + f));
        a.uncertainty().result().failures().forEach(f -> notes.add("Warning: Monte Carlo failed: " + f));
        a.audit().failures().forEach(f -> notes.add("Warning: not audited: " + f));
        a.pluginProblems().forEach(p -> notes.add("Warning: plugin problem: " + p));
        return List.copyOf(notes);
    }
}
