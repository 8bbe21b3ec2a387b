package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Range;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.project.Crossing;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ProjectionYear;
import dev.cambrian.engine.project.Projector;
import dev.cambrian.engine.project.ReferenceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a projection is shown: the cost by year, the crossing years (plain, then bent by each backend and
 * lever), a backend's sampled cost, the derivations, their notes and JSON, and the tidy tables of years
 * and crossings.
 */
final class ProjectView {
    /** The tidy tables a projection writes, in order: what --table may name without --backend ({@link TableOption}). */
    static final List<String> TABLES = List.of("years", "crossings");

    static final String SCHEMA = "cambrian.project/v1";

    private ProjectView() {
    }

    static Report report(Projections.Result r) {
        ProjectionAssumptions a = r.assumptions();
        Map<ProjectionScenario, Projection> plain = r.plain();
        String workload = r.workloadWithoutLevers().name();
        int from = r.request().fromYear();
        int to = r.request().toYear();
        List<Table> tables = new ArrayList<>();
        List<List<String>> crossingRows = new ArrayList<>();
        for (ReferenceLine line : a.lines()) {
            List<String> row = new ArrayList<>(List.of(line.id(), Quantities.usd(Range.of(line.valueIn(2025))),
                    Quantities.number(line.annualGrowth() * 100) + "%/y"));
            for (ProjectionScenario s : ProjectionScenario.values()) {
                row.add(year(plain.get(s), line.id()));
            }
            row.add(line.source());
            crossingRows.add(row);
        }
        List<String> notes = new ArrayList<>();
        List<Table> uncertainTables = new ArrayList<>();
        List<Object> bent = new ArrayList<>();
        for (Projections.BackendBend b : r.backends()) {
            Map<String, Object> m = bend(b.bend(), "on " + workload + " (for comparison): cost " + Quantities.usd(b.costUsd())
                    + " vs baseline " + Quantities.usd(Range.of(b.baselineCostUsd())) + ", x" + Quantities.number(b.bend().costFactor())
                    + ", scenario " + r.scenario().name(),
                    plain, a, crossingRows);
            m.put("backend", b.backendId());
            m.put("availableFromYear", b.bend().fromYear());
            m.put("warnings", b.inputNotes()); // what resolving its parameters said of the values the user gave
            uncertainTables.addAll(ProjectUncertaintyView.tables(b.backendId(), b.bend().fromYear(), b.uncertainty(), a));
            m.put("uncertainty", ProjectUncertaintyView.json(b.uncertainty(), r.request().samplingOrNull()));
            b.uncertainty().problems().forEach(problem -> notes.add(b.backendId() + ": " + problem));
            ProjectUncertaintyView.nominalOutside(b).ifPresent(notes::add);
            b.inputNotes().forEach(n -> notes.add("Warning: " + b.backendId() + ": " + n)); // --set photonic.speedup ran in silence
            bent.add(m);
        }
        // values the user gave (a file's line; --set is refused here), not a built-in scenario's seed-arithmetic switch
        boolean setsBackends = r.scenario().origins().values().stream()
                .anyMatch(dev.cambrian.engine.estimate.ResolvedParameters::isUserOrigin);
        if (r.backends().isEmpty() && (r.scenario().workload().isPresent() || setsBackends)) {
            // a scenario file's Llama workload and devices went unused without a word
            notes.add("Scenario " + r.scenario().name() + ": its " + (r.scenario().workload().isPresent() && setsBackends
                    ? "workload and backend parameters are" : setsBackends ? "backend parameters are" : "workload is")
                    + " not read without --backend: each year's model comes from the projection's size line and no backend"
                    + " runs; its levers and year are.");
        }
        if (!r.backends().isEmpty()) {
            notes.add(ProjectUncertaintyView.NOTE);
            notes.add("With a backend: from the year after its hero month (counted from " + r.scenario().economics().year()
                    + ") the cost per FLOP is multiplied by the backend's nominal cost over the baseline's on that year's"
                    + " frontier model (held from the latest year with an answer, as the samples are; the factor on "
                    + workload + " is shown for comparison); (+n) moves a crossing n years later, 'after " + to
                    + "' means not within " + from + "-" + to + ".");
        }
        Map<String, Object> leversJson = null;
        Projections.Levers levers = r.leversOrNull();
        if (levers != null) {
            leversJson = Json.object();
            leversJson.put("fromYear", levers.fromYear());
            leversJson.put("measuredOn", levers.measuredOn());
            leversJson.put("settings", Json.levers(levers.settings()));
            List<Object> alone = new ArrayList<>();
            for (Projections.LeverBend l : levers.alone()) {
                alone.add(bend(l.bend(), l.basis(), plain, a, crossingRows));
            }
            leversJson.put("alone", alone);
            Projections.LeverBend stacked = levers.stackedOrNull();
            leversJson.put("stacked", stacked == null ? null : bend(stacked.bend(), stacked.basis(), plain, a, crossingRows));
            notes.add("With levers: from " + levers.fromYear() + " (--levers-from) the cost per FLOP is multiplied by the levers' cost"
                    + " factor, measured by running " + levers.measuredOn() + " on " + workload
                    + " with and without them (`cambrian levers` shows the run); the cost table's last column is the best"
                    + " guess with all of them.");
            notes.add(LeverRuns.note(levers.settings()));
            if (levers.settings().stream().anyMatch(l -> l.lever().flopFactor(l.setting()) != 1)) {
                notes.add("data-reduction and model-partitioning take their defaults from Table 1's best case over its"
                        + " best guess: on the best case, which already has them, they go beyond Table 1.");
            }
        }
        Projection levered = levers == null ? null : levers.levered();
        tables.add(costTable(plain, levered));
        List<String> columns = new ArrayList<>(List.of("line", "value 2025", "growth"));
        for (ProjectionScenario s : ProjectionScenario.values()) {
            columns.add("crossed (" + s.id() + ")");
        }
        columns.add("source");
        tables.add(new Table("Year the frontier model's cloud training cost first exceeds each line", columns, crossingRows));
        tables.addAll(uncertainTables);
        Map<String, Object> explainJson = null;
        Projections.Explained explained = r.explainedOrNull();
        if (explained != null) {
            explainJson = Json.object();
            explainJson.put("year", explained.year());
            Map<String, Object> byScenario = Json.object();
            explained.steps().forEach((s, steps) -> {
                tables.add(DerivationView.table("How " + s.id() + " gets its " + explained.year() + " training cost", steps));
                byScenario.put(s.id(), DerivationView.json(steps));
            });
            explainJson.put("scenarios", byScenario);
        }
        notes.add("Model (faraboschi2024barriers §2.1, Table 1, docs/models.md §7): " + Projector.describe(a) + "; calibrated on "
                + Quantities.usd(Range.of(ProjectionAssumptions.CALIBRATION_CLOUD_USD)) + " of cloud cost in "
                + ProjectionAssumptions.CALIBRATION_YEAR + ". The scenarios share the past up to " + a.baseYear() + ".");
        notes.add(againstTheSeed(plain.get(ProjectionScenario.BEST_GUESS)));
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        List<Object> projections = new ArrayList<>();
        plain.forEach((s, p) -> projections.add(json(p)));
        root.put("projections", projections);
        List<Object> lines = new ArrayList<>();
        for (ReferenceLine line : a.lines()) {
            Map<String, Object> m = Json.object();
            m.put("id", line.id());
            m.put("name", line.name());
            m.put("baseYear", line.baseYear());
            m.put("baseValueUsd", line.baseValueUsd());
            m.put("annualGrowth", line.annualGrowth());
            m.put("source", line.source());
            lines.add(m);
        }
        root.put("referenceLines", lines);
        root.put("backends", bent);
        root.put("levers", leversJson);
        root.put("explain", explainJson);
        List<Projections.Bend> bends = new ArrayList<>();
        r.backends().forEach(b -> bends.add(b.bend()));
        if (levers != null) {
            levers.alone().forEach(l -> bends.add(l.bend()));
            if (levers.stackedOrNull() != null) {
                bends.add(levers.stackedOrNull().bend());
            }
        }
        List<DataTable> tidy = new ArrayList<>(List.of(tidyYears(plain, levered), tidyCrossings(plain, bends, a)));
        if (!r.backends().isEmpty()) {
            tidy.addAll(ProjectUncertaintyView.tidy(r.backends()));
        }
        return new Report(tables, notes, root, tidy);
    }

    /** One row of the crossings table for a bend, and its JSON. */
    private static Map<String, Object> bend(Projections.Bend b, String detail, Map<ProjectionScenario, Projection> plain,
            ProjectionAssumptions a, List<List<String>> rows) {
        List<String> row = new ArrayList<>(List.of(b.label(), "from " + b.fromYear(), factorCell(b)));
        Map<String, Object> m = Json.object();
        m.put("label", b.label());
        m.put("fromYear", b.fromYear());
        m.put("costFactor", b.costFactor());
        if (b.factorsByYearOrNull() != null) {
            Map<String, Object> byScenario = Json.object();
            b.factorsByYearOrNull().keySet().forEach(s -> byScenario.put(s.id(), applied(b, s)));
            m.put("costFactorByYear", byScenario);
        }
        Map<String, Object> crossings = Json.object();
        for (ProjectionScenario s : ProjectionScenario.values()) {
            Projection p = b.projections().get(s);
            List<String> cells = new ArrayList<>();
            Map<String, Object> byLine = Json.object();
            for (ReferenceLine line : a.lines()) {
                cells.add(line.id() + " " + year(p, line.id()) + " (" + shift(plain.get(s), p, line.id()) + ")");
                byLine.put(line.id(), crossing(p, line.id()));
            }
            row.add(String.join("; ", cells));
            crossings.put(s.id(), byLine);
        }
        row.add(detail);
        rows.add(row);
        m.put("crossings", crossings);
        return m;
    }

    /**
     * The factor a bend applies: a lever's one, or the span of a backend's over the years it applies (each year's
     * frontier model; the factor on the workload is in the row's detail).
     */
    private static String factorCell(Projections.Bend b) {
        if (b.factorsByYearOrNull() == null) {
            return "x" + Quantities.number(b.costFactor());
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int applies = 0;
        int without = 0;
        for (ProjectionScenario s : b.factorsByYearOrNull().keySet()) {
            List<ProjectionYear> years = b.projections().get(s).years();
            List<Double> factors = applied(b, s);
            for (int y = 0; y < factors.size(); y++) {
                if (years.get(y).year() < b.fromYear()) {
                    continue;
                }
                applies++;
                Double f = factors.get(y);
                if (f == null) {
                    without++;
                } else {
                    low = Math.min(low, f);
                    high = Math.max(high, f);
                }
            }
        }
        if (applies == 0) {
            return "x1 (arrives after the window)";
        }
        if (low > high) {
            return "x1 (no year has an answer)";
        }
        String span = Quantities.number(low).equals(Quantities.number(high)) ? Quantities.number(low)
                : Quantities.number(low) + "-" + Quantities.number(high);
        return "x" + span + " by year" + (without == 0 ? "" : ", x1 in " + without + " scenario-years without an answer");
    }

    /** A backend's factor each year under a scenario, as applied: null before its year or where none was measured. */
    private static List<Double> applied(Projections.Bend b, ProjectionScenario s) {
        double[] factors = b.factorsByYearOrNull().get(s);
        List<ProjectionYear> years = b.projections().get(s).years();
        List<Double> out = new ArrayList<>();
        for (int y = 0; y < factors.length; y++) {
            out.add(years.get(y).year() < b.fromYear() || Double.isNaN(factors[y]) ? null : factors[y]);
        }
        return out;
    }

    private static Table costTable(Map<ProjectionScenario, Projection> plain, Projection leveredOrNull) {
        List<List<String>> rows = new ArrayList<>();
        Projection guess = plain.get(ProjectionScenario.BEST_GUESS);
        for (int i = 0; i < guess.years().size(); i++) {
            ProjectionYear g = guess.years().get(i);
            rows.add(new ArrayList<>(List.of(String.valueOf(g.year()), Quantities.sci(g.parameters()), Quantities.number(g.experts()),
                    Quantities.sci(g.trainingFlop()), "$" + Quantities.sci(g.usdPerFlop() * 1e18),
                    Quantities.usd(Range.of(plain.get(ProjectionScenario.BEST_CASE).years().get(i).cloudCostUsd())),
                    Quantities.usd(Range.of(g.cloudCostUsd())),
                    Quantities.usd(Range.of(plain.get(ProjectionScenario.WORST_CASE).years().get(i).cloudCostUsd())),
                    Quantities.usd(Range.of(g.gpuCostUsd())))));
            if (leveredOrNull != null) {
                rows.get(i).add(Quantities.usd(Range.of(leveredOrNull.years().get(i).cloudCostUsd())));
            }
        }
        List<String> columns = new ArrayList<>(List.of("year", "parameters", "experts", "FLOP", "per 1e18 FLOP", "cloud (best)",
                "cloud (guess)", "cloud (worst)", "GPU (guess)"));
        if (leveredOrNull != null) {
            columns.add("cloud (guess, levers)");
        }
        return new Table("Frontier model training cost by year (model size, experts, FLOP and price for the best guess)",
                columns, rows);
    }

    /** The spreadsheet's table of years: plain numbers, the unit in each column name. */
    private static DataTable tidyYears(Map<ProjectionScenario, Projection> plain, Projection leveredOrNull) {
        List<String> columns = new ArrayList<>(List.of("year", "parameters_count", "experts_count", "training_FLOP",
                "price_USD_per_FLOP"));
        for (ProjectionScenario s : ProjectionScenario.values()) {
            columns.add("cloud_cost_" + s.id().replace('-', '_') + "_USD");
        }
        columns.add("gpu_cost_best_guess_USD");
        if (leveredOrNull != null) {
            columns.add("cloud_cost_best_guess_levers_USD");
        }
        List<List<Object>> rows = new ArrayList<>();
        Projection guess = plain.get(ProjectionScenario.BEST_GUESS);
        for (int i = 0; i < guess.years().size(); i++) {
            ProjectionYear g = guess.years().get(i);
            List<Object> row = new ArrayList<>(List.of(g.year(), g.parameters(), g.experts(), g.trainingFlop(), g.usdPerFlop()));
            for (ProjectionScenario s : ProjectionScenario.values()) {
                row.add(plain.get(s).years().get(i).cloudCostUsd());
            }
            row.add(g.gpuCostUsd());
            if (leveredOrNull != null) {
                row.add(leveredOrNull.years().get(i).cloudCostUsd());
            }
            rows.add(row);
        }
        return new DataTable(TABLES.get(0), columns, rows);
    }

    /** One row per line and projection: the plain one, then each backend's and lever's bend, as the table shows them. */
    private static DataTable tidyCrossings(Map<ProjectionScenario, Projection> plain, List<Projections.Bend> bends,
            ProjectionAssumptions a) {
        List<String> columns = new ArrayList<>(List.of("projection", "applies_from_year", "line", "value_2025_USD",
                "growth_per_year_ratio"));
        for (ProjectionScenario s : ProjectionScenario.values()) {
            columns.add("crossed_" + s.id().replace('-', '_') + "_year");
        }
        columns.add("source");
        List<List<Object>> rows = new ArrayList<>();
        List<Map.Entry<String, Map<ProjectionScenario, Projection>>> projections = new ArrayList<>();
        projections.add(Map.entry("plain", plain));
        bends.forEach(b -> projections.add(Map.entry(b.label(), b.projections())));
        for (int k = 0; k < projections.size(); k++) {
            Integer from = k == 0 ? null : bends.get(k - 1).fromYear();
            for (ReferenceLine line : a.lines()) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(projections.get(k).getKey(), from, line.id(),
                        line.valueIn(2025), line.annualGrowth()));
                for (ProjectionScenario s : ProjectionScenario.values()) {
                    row.add(crossing(projections.get(k).getValue().get(s), line.id()));
                }
                row.add(line.source());
                rows.add(row);
            }
        }
        return new DataTable(TABLES.get(1), columns, rows);
    }

    private static Crossing find(Projection p, String lineId) {
        return p.crossings().stream().filter(c -> c.lineId().equals(lineId)).findFirst().orElseThrow();
    }

    private static Object crossing(Projection p, String lineId) {
        var y = find(p, lineId).year();
        return y.isPresent() ? y.getAsInt() : null;
    }

    /** The crossing year, or "after" the window's last year: the projection cannot say it never happens. */
    private static String year(Projection p, String lineId) {
        var y = find(p, lineId).year();
        return y.isPresent() ? String.valueOf(y.getAsInt()) : "after " + lastYear(p);
    }

    private static int lastYear(Projection p) {
        return p.years().get(p.years().size() - 1).year();
    }

    private static String shift(Projection before, Projection after, String lineId) {
        var a = find(before, lineId).year();
        var b = find(after, lineId).year();
        if (a.isPresent() && b.isPresent()) {
            int d = b.getAsInt() - a.getAsInt();
            return d == 0 ? "no change" : (d > 0 ? "+" : "") + d + " y";
        }
        return a.isPresent() ? "not crossed by " + lastYear(after) : b.isPresent() ? "now crossed" : "after " + lastYear(after);
    }

    private static Map<String, Object> json(Projection p) {
        Map<String, Object> m = Json.object();
        m.put("scenario", p.scenario().id());
        m.put("source", p.scenario().source());
        List<Object> years = new ArrayList<>();
        for (ProjectionYear y : p.years()) {
            Map<String, Object> r = Json.object();
            r.put("year", y.year());
            r.put("parameters", y.parameters());
            r.put("experts", y.experts());
            r.put("trainingFlop", y.trainingFlop());
            r.put("usdPerFlop", y.usdPerFlop());
            r.put("cloudCostUsd", y.cloudCostUsd());
            r.put("gpuCostUsd", y.gpuCostUsd());
            years.add(r);
        }
        m.put("years", years);
        Map<String, Object> crossings = Json.object();
        p.crossings().forEach(c -> crossings.put(c.lineId(), c.year().isPresent() ? c.year().getAsInt() : null));
        m.put("crossings", crossings);
        return m;
    }

    /** faraboschi2024barriers §2.1: the frontier model's training in 2028, cloud and GPU cost. */
    private static final double SEED_2028_CLOUD_USD = 93e9;
    private static final double SEED_2028_GPU_USD = 19e9;

    /**
     * The seeds' figures beside this run's best guess, each computed from the projection (a year outside the window is
     * left out): its 2028 and its IT-spending year were listed as if reproduced, and venturebeat's US GDP years not at all.
     * The seeds' figures: faraboschi2024barriers §2.1 (GPT-3 2021 $4.8M cloud, under $1M of GPUs; GPT-4 2023 $32M and
     * $6.7M; 2028 above) and its crossings (the GPU installed base in 2029, IT spending in 2032); venturebeat2024quantum
     * (US GDP between 2029 and 2031).
     */
    static String againstTheSeed(Projection best) {
        List<String> parts = new ArrayList<>();
        cost(best, 2021).ifPresent(y -> parts.add("GPT-3 2021: the seed $4.8M cloud (<$1M GPU), this model " + usd(y.cloudCostUsd())
                + " (" + usd(y.gpuCostUsd()) + ")"));
        cost(best, 2023).ifPresent(y -> parts.add("GPT-4 2023: the seed $32M ($6.7M), this model " + usd(y.cloudCostUsd()) + " ("
                + usd(y.gpuCostUsd()) + ")"));
        cost(best, 2028).ifPresent(y -> parts.add("2028: the seed " + usd(SEED_2028_CLOUD_USD) + " (" + usd(SEED_2028_GPU_USD)
                + "), this model's best guess " + usd(y.cloudCostUsd()) + " (" + usd(y.gpuCostUsd()) + "), "
                + Quantities.number(Math.abs(100 * (y.cloudCostUsd() / SEED_2028_CLOUD_USD - 1))) + "% "
                + (y.cloudCostUsd() < SEED_2028_CLOUD_USD ? "lower" : "higher")));
        parts.add("faraboschi2024barriers names 2029 for the GPU installed base (this model: " + crossed(best, "gpu-installed-base")
                + ") and 2032 for IT spending (" + crossed(best, "it-spending") + "); venturebeat2024quantum has a training run"
                + " pass US GDP between 2029 and 2031 (" + crossed(best, "us-gdp") + ")");
        return "Against the seed (best guess): " + String.join("; ", parts) + ".";
    }

    private static java.util.Optional<dev.cambrian.engine.project.ProjectionYear> cost(Projection p, int year) {
        return p.years().stream().filter(y -> y.year() == year).findFirst();
    }

    private static String crossed(Projection p, String lineId) {
        int last = p.years().get(p.years().size() - 1).year();
        return p.crossings().stream().filter(c -> c.lineId().equals(lineId)).findFirst()
                .map(c -> c.year().isPresent() ? String.valueOf(c.year().getAsInt()) : "after " + last).orElse("not projected");
    }

    private static String usd(double v) {
        return Quantities.usd(Range.of(v));
    }
}
