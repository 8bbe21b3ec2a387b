package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.Numbers;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Percentiles;
import dev.cambrian.engine.uncertainty.SampledParameter;
import dev.cambrian.engine.uncertainty.Sensitivity;
import dev.cambrian.engine.uncertainty.Subject;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The uncertainty output: percentiles, rank probabilities and sensitivity as tables, and the JSON contract. */
final class UncertaintyView {
    static final String SCHEMA = "cambrian.uncertainty/v1";
    /** The table shows each backend's strongest parameters; the JSON has all of them. */
    static final int SENSITIVITY_ROWS = 3;
    /** What a backend with no uncertain parameter of its own is called wherever it appears. */
    static final String FIXED = "fixed: no uncertainty declared";
    /** The marker on its rank probabilities, which then are not a confidence in its claims. */
    static final String FIXED_MARK = " (fixed)";

    private UncertaintyView() {
    }

    /** The tidy tables uncertainty writes, in order: what --table may name, checked before the run. */
    static final List<String> TABLES = List.of("percentiles", "ranks", "sensitivity");

    /** A figure's columns in the spreadsheet's table, each suffixed with the figure's unit. */
    private static final List<String> FIGURE_COLUMNS = List.of("min", "p10", "p50", "p90", "max", "mean", "nominal");

    /**
     * The spreadsheet's table: one row per backend, percentiles of each figure and its nominal (the
     * backend at its parameters' nominal values; empty when that has no answer) in SI units.
     */
    static DataTable tidyPercentiles(UncertaintyResult result, List<Subject> subjects, Scenario scenario) {
        List<String> columns = new ArrayList<>(List.of("backend", "valid_samples_count", "infeasible_samples_count"));
        // carbon and water only when the run sampled them (an environment was in force); a backend without one
        // valid value of a figure leaves its cells empty
        List<Figure> figures = java.util.Arrays.stream(Figure.values())
                .filter(f -> result.backends().stream().anyMatch(b -> b.of(f) != null)).toList();
        for (Figure f : figures) {
            String unit = f.unit();
            for (String p : FIGURE_COLUMNS) {
                columns.add(f.id() + "_" + p + "_" + unit);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            List<Object> row = new ArrayList<>(List.of(b.backendId(), b.validSamples(), b.infeasibleSamples()));
            for (Figure f : figures) {
                Percentiles p = b.of(f);
                if (p == null) {
                    row.addAll(java.util.Collections.nCopies(FIGURE_COLUMNS.size(), null));
                    continue;
                }
                row.addAll(List.of(p.min(), p.p10(), p.p50(), p.p90(), p.max(), p.mean()));
                row.add(b.nominal(f));
            }
            rows.add(row);
        }
        return new DataTable(TABLES.get(0), columns, rows);
    }

    /**
     * Why a backend's rank probabilities take a point as exact (it is marked "(fixed)"), or empty: it declares no
     * uncertainty of its own, or what it samples does not move the ranked figure. The table's notes and the JSON's both.
     */
    static java.util.Optional<String> fixedNote(BackendUncertainty b, Figure figure) {
        if (b.sampled().isEmpty()) {
            return java.util.Optional.of(FIXED + " for any of its own parameters; its spread comes from the baseline it is"
                    + " applied to, if any" + (b.carbonKgOrNull() != null ? ", and for carbon and water from the environment's"
                    + " factors" : "") + ". Its rank probabilities, marked" + FIXED_MARK + ", take its point claims as exact:"
                    + " they are not a confidence in them.");
        }
        if (b.fixedIn(figure)) {
            return java.util.Optional.of("what it samples does not move its " + figure.id() + " (every valid sample gives "
                    + Numbers.compact(b.of(figure).p50()) + " " + figure.unit() + "): its rank probabilities, marked"
                    + FIXED_MARK + ", take that point as exact: they are not a confidence in it.");
        }
        return java.util.Optional.empty();
    }

    /**
     * The probability of each rank by the chosen figure: one row per backend; uncertainty_declared false marks a backend
     * whose probabilities take its point claims as exact, ranked_figure_fixed true one whose ranked figure takes one value
     * in every valid sample ({@link #fixedNote}).
     */
    static DataTable tidyRanks(UncertaintyResult result) {
        List<String> columns = new ArrayList<>(List.of("backend", "uncertainty_declared",
                "ranked_figure_fixed")); // true: its probabilities take one value of the ranked figure as exact
        int n = result.backends().size();
        for (int r = 1; r <= n; r++) {
            columns.add("rank_" + r + "_by_" + result.figure().id() + "_probability");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            List<Object> row = new ArrayList<>(List.of(b.backendId(), !b.sampled().isEmpty(), b.fixedIn(result.figure())));
            for (int r = 0; r < n; r++) {
                row.add(r < b.rankProbabilities().size() ? b.rankProbabilities().get(r) : 0.0);
            }
            rows.add(row);
        }
        return new DataTable(TABLES.get(1), columns, rows);
    }

    /**
     * Every sampled parameter's Spearman correlation with the chosen figure, one row per backend and
     * parameter (the table shows the strongest three). Parameters come in their own units, so the unit
     * is a column; rho (dimensionless, hence _ratio) is empty when the figure does not vary (or has no valid sample).
     */
    static DataTable tidySensitivity(UncertaintyResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            for (Sensitivity s : b.sensitivity()) {
                SampledParameter p = s.parameter();
                rows.add(java.util.Arrays.asList(b.backendId(), result.figure().id(), p.name(), p.unit(), p.sampledAs().id(), p.low(), p.mode(),
                        p.high(), s.defined() ? s.spearman() : null));
            }
        }
        return new DataTable(TABLES.get(2), List.of("backend", "figure", "parameter", "unit", "sampled_as", "low", "nominal",
                "high", "spearman_rho_ratio"), rows);
    }

    static Report report(UncertaintyResult result, List<Subject> subjects, Scenario scenario, Workload workload,
                         List<String> evaluationNotes, List<String> pluginProblems) {
        String by = result.figure().id();
        List<Table> tables = new ArrayList<>();
        String title = String.format(Locale.ROOT, "Uncertainty (%,d samples, seed %d), ordered by median %s: %s (%s FLOP),"
                + " scenario %s", result.samples(), result.seed(), by, workload.name(), Quantities.sci(workload.trainingFlop()),
                scenario.name());
        tables.add(new Table(title, List.of("backend", "time", "energy", "cost", "carbon", "water", "P(#1 by " + by + ")",
                "most sensitive (" + by + ")"), summaryRows(result, subjects)));
        tables.add(new Table("Probability of each rank by " + by, rankColumns(result), rankRows(result)));
        tables.add(new Table("Sensitivity of " + by + ": Spearman's rank correlation of the sampled parameters' draws with "
                + by + " (the " + SENSITIVITY_ROWS + " strongest per backend that move it, |rho| at least "
                + threshold(result.sensitivitySamples()) + " over " + Quantities.grouped(result.sensitivitySamples())
                + " samples, more where fewer have an answer; --format json lists all)",
                List.of("backend", "parameter", "sampled as", "nominal (low-high)", "rho"), sensitivityRows(result)));
        List<String> notes = new ArrayList<>();
        notes.add("Figures: P50 (P10-P90) over the samples with a valid answer. Time in s, min, h, d or y; energy drawn from the grid;"
                + " cost = hardware + operations + energy at $" + scenario.economics().electricityUsdPerKwh() + "/kWh;"
                + scenario.environment().map(env -> " carbon = operational + embodied tCO2e (" + env.grid().regionName() + ", "
                        + env.grid().basis() + "), water = on-site + off-site litres, each with the grid intensity, water"
                        + " intensities, WUE, embodied per device and lifetime drawn triangular over their ranges (a value"
                        + " given as one number, --wue or --market-intensity, is used as given; docs/environment.md).")
                        .orElse(" no environment: carbon and water not sampled.")
                + " P(#1) = probability of ranking first by " + by + "; most sensitive = the sampled parameter with the"
                + " largest |rho| against " + by + ".");
        scenario.environment().ifPresent(env -> notes.addAll(FootprintView.factorNotes(env)));
        notes.addAll(result.notes());
        for (BackendUncertainty b : result.backends()) {
            notes.addAll(b.notes());
            fixedNote(b, result.figure()).ifPresent(n -> notes.add(b.backendId() + ": " + n));
            Premium.of(b, subjects).ifPresent(p -> notes.add(p.note(b.backendId())));
        }
        notes.addAll(assumptions(subjects));
        for (String w : warnings(result, evaluationNotes)) {
            notes.add("Warning: " + w);
        }
        return new Report(tables, notes, json(result, subjects, scenario, workload, evaluationNotes, pluginProblems),
                List.of(tidyPercentiles(result, subjects, scenario), tidyRanks(result), tidySensitivity(result)));
    }

    private static List<List<String>> summaryRows(UncertaintyResult result, List<Subject> subjects) {
        List<List<String>> rows = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            String cost = Quantities.usd(range(b.usd())) + Premium.of(b, subjects).map(Premium::mark).orElse("");
            rows.add(List.of(b.backendId(), Quantities.time(range(b.seconds())), Quantities.energy(range(b.joules())),
                    cost,
                    b.carbonKgOrNull() == null ? "-" : Quantities.carbon(range(b.carbonKgOrNull())),
                    b.waterLitresOrNull() == null ? "-" : Quantities.water(range(b.waterLitresOrNull())),
                    probability(b, 0, result.figure()), mostSensitive(b, result.figure())));
        }
        return rows;
    }

    /** A rank probability, marked when the ranked figure has no spread ({@link BackendUncertainty#fixedIn}). */
    private static String probability(BackendUncertainty b, int position, Figure ranked) {
        String p = percent(b.rankProbabilities().get(position));
        return b.fixedIn(ranked) && !p.equals("-") ? p + FIXED_MARK : p;
    }

    private static String mostSensitive(BackendUncertainty b, Figure figure) {
        List<Sensitivity> s = b.sensitivity();
        if (s.isEmpty()) {
            return FIXED;
        }
        if (!s.get(0).defined()) {
            return figure.id() + (b.of(figure) == null ? " has no valid sample" : " does not vary");
        }
        // below it the ranking is the samples' noise: analog-topology's "accuracy-retention (+0.02)" moved nothing
        return s.get(0).moves() ? s.get(0).parameter().name() + " (" + rho(s.get(0).spearman()) + ")"
                : "none of its own (all |rho| < " + threshold(s.get(0).samples()) + ")";
    }

    private static List<String> rankColumns(UncertaintyResult result) {
        List<String> columns = new ArrayList<>(List.of("backend"));
        for (int p = 1; p <= result.backends().size(); p++) {
            columns.add("#" + p);
        }
        return columns;
    }

    private static List<List<String>> rankRows(UncertaintyResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            List<String> row = new ArrayList<>(List.of(b.backendId()));
            for (int p = 0; p < b.rankProbabilities().size(); p++) {
                row.add(probability(b, p, result.figure()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The sensitivity table's rows: per backend, the strongest ranges that move the ranked figure, or why none does. */
    static List<List<String>> sensitivityRows(UncertaintyResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            if (b.sensitivity().isEmpty()) {
                rows.add(List.of(b.backendId(), FIXED + " (no range in force that its models read)", "", "", ""));
                continue;
            } else if (!b.sensitivity().get(0).defined()) {
                rows.add(List.of(b.backendId(), "none: " + result.figure().id() + (b.of(result.figure()) == null
                        ? " has no valid sample" : " does not vary over the samples"), "", "", ""));
                continue;
            }
            // only ranges that move the figure: below that the order is the samples' noise, and a range no model reads
            // (photonic's dfa-only under seed-current, at +0.05) was listed first, above one that did
            List<Sensitivity> moving = b.sensitivity().stream().filter(Sensitivity::moves).toList();
            int read = b.sensitivity().get(0).samples();
            if (moving.isEmpty()) {
                rows.add(List.of(b.backendId(), "none of its own moves " + result.figure().id() + " (all |rho| < "
                        + threshold(read) + fewer(read, result.sensitivitySamples()) + ")", "", "", ""));
            }
            for (Sensitivity s : moving.subList(0, Math.min(SENSITIVITY_ROWS, moving.size()))) {
                SampledParameter p = s.parameter();
                rows.add(List.of(b.backendId(), p.name(), p.sampledAs().id(),
                        Quantities.range(new Range(p.low(), p.mode(), p.high()), p.unit()), rho(s.spearman())));
            }
        }
        return rows;
    }

    /** P50 with P10 and P90 around it, in the shape the range formatting prints: "492 d (452-540)". */
    private static Range range(Percentiles p) {
        return new Range(p.p10(), p.p50(), p.p90());
    }

    static String percent(double p) {
        if (p == 0) {
            return "-";
        }
        if (p < 0.001) {
            return "<0.1%";
        }
        if (p > 0.999 && p < 1) {
            return ">99.9%";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /** ", over the N samples with an answer" when fewer than those drawn for the sensitivity had one; else "". */
    private static String fewer(int read, int drawn) {
        return read < drawn ? ", over the " + Quantities.grouped(read) + " samples with an answer" : "";
    }

    /** The noise threshold ({@link Sensitivity#movesAt}, two decimals) as the rho column prints. */
    private static String threshold(int samples) {
        return String.format(Locale.ROOT, "%.2f", Sensitivity.movesAt(samples));
    }

    private static String rho(double rho) {
        return String.format(Locale.ROOT, "%+.2f", rho);
    }

    private static List<String> assumptions(List<Subject> subjects) {
        List<String> out = new ArrayList<>();
        subjects.forEach(s -> out.addAll(AssumptionLines.of(s.id(), s.parameters().assumptions())));
        return out;
    }

    /** Every warning, for the table: the run's and each backend's. */
    private static List<String> warnings(UncertaintyResult result, List<String> evaluationNotes) {
        LinkedHashSet<String> warnings = new LinkedHashSet<>(evaluationNotes);
        for (BackendUncertainty b : result.backends()) {
            b.warnings().forEach(w -> warnings.add(b.backendId() + ": " + w));
        }
        warnings.addAll(runWarnings(result, List.of()));
        return new ArrayList<>(warnings);
    }

    /** The run's own warnings (each backend's are in its result): the setup's notes, failures, no valid answer. */
    private static List<String> runWarnings(UncertaintyResult result, List<String> evaluationNotes) {
        return Json.warnings(evaluationNotes, result.failures(), result.infeasible());
    }

    private static Map<String, Object> json(UncertaintyResult result, List<Subject> subjects, Scenario scenario,
                                            Workload workload, List<String> evaluationNotes, List<String> pluginProblems) {
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("rankedBy", result.figure().id());
        root.put("samples", result.samples());
        root.put("seed", result.seed());
        root.put("chunkSize", result.chunkSize());
        root.put("sensitivityMethod", "spearman");
        root.put("sensitivitySamples", result.sensitivitySamples());
        root.put("scenario", Json.scenario(scenario));
        root.put("workload", Json.workload(workload));
        scenario.environment().ifPresent(env -> root.put("environment", FootprintView.json(env)));
        List<Object> results = new ArrayList<>();
        for (BackendUncertainty b : result.backends()) {
            Map<String, Object> r = Json.object();
            r.put("backend", b.backendId());
            r.put("name", b.info().name());
            r.put("category", b.info().category().id());
            r.put("technologyReadinessLevel", b.info().technologyReadinessLevel());
            r.put("profile", b.profile());
            r.put("validSamples", b.validSamples());
            r.put("infeasibleSamples", b.infeasibleSamples());
            for (Figure f : Figure.values()) {
                if (b.of(f) != null) {
                    r.put(f.jsonKey(), figure(b.of(f), b.nominal(f)));
                }
            }
            r.put("rankProbabilities", b.rankProbabilities());
            // false: no parameter of its own is uncertain, so its rank probabilities take its point claims as exact
            r.put("uncertaintyDeclared", !b.sampled().isEmpty());
            // true also when what it samples does not move the ranked figure: its probabilities take a point as exact
            r.put("rankedFigureFixed", b.fixedIn(result.figure()));
            r.put("premium", Premium.of(b, subjects).map(Premium::json).orElse(null));
            List<Object> sampled = new ArrayList<>();
            for (SampledParameter p : b.sampled()) {
                Map<String, Object> m = Json.object();
                m.put("parameter", p.name());
                m.put("unit", p.unit());
                m.put("declared", p.declared().id());
                m.put("sampledAs", p.sampledAs().id());
                m.put("low", p.low());
                m.put("nominal", p.mode());
                m.put("high", p.high());
                sampled.add(m);
            }
            r.put("sampledParameters", sampled);
            List<Object> sensitivity = new ArrayList<>();
            for (Sensitivity s : b.sensitivity()) {
                Map<String, Object> m = Json.object();
                m.put("parameter", s.parameter().name());
                m.put("spearman", s.defined() ? s.spearman() : null); // null: the figure does not vary, or has no valid sample
                m.put("samples", s.samples()); // those with an answer the correlation was taken over
                sensitivity.add(m);
            }
            r.put("sensitivity", sensitivity);
            r.put("assumptions", assumptionsJson(subjects, b.backendId()));
            r.put("sources", b.info().sources());
            r.put("warnings", b.warnings());
            List<String> backendNotes = new ArrayList<>(b.notes());
            fixedNote(b, result.figure()).ifPresent(backendNotes::add);
            r.put("notes", backendNotes);
            results.add(r);
        }
        root.put("results", results);
        root.put("infeasibleSamples", result.infeasibleSamples());
        root.put("notes", result.notes());
        List<String> warnings = runWarnings(result, evaluationNotes);
        pluginProblems.forEach(p -> warnings.add("plugin problem: " + p));
        root.put("warnings", warnings);
        return root;
    }

    /** What differs from the backend's defaults and why (profile, scenario, --set, lever), as estimate prints it. */
    private static List<Object> assumptionsJson(List<Subject> subjects, String backendId) {
        List<Object> out = new ArrayList<>();
        for (Subject s : subjects) {
            if (!s.id().equals(backendId)) {
                continue;
            }
            out.addAll(Json.assumptions(s.parameters().assumptions()));
        }
        return out;
    }

    private static Map<String, Object> figure(Percentiles p, Double nominal) {
        Map<String, Object> m = Json.object();
        m.put("p10", p.p10());
        m.put("p50", p.p50());
        m.put("p90", p.p90());
        m.put("mean", p.mean());
        m.put("min", p.min());
        m.put("max", p.max());
        m.put("nominal", nominal);
        return m;
    }
}
