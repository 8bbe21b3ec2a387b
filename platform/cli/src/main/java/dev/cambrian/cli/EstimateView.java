package dev.cambrian.cli;

import dev.cambrian.api.Phase;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import dev.cambrian.api.Category;
import dev.cambrian.api.Range;
import dev.cambrian.engine.environment.Footprint;
import dev.cambrian.engine.estimate.Pareto;
import dev.cambrian.engine.estimate.RankKey;
import java.util.stream.Collectors;

/** The estimate and rank output: one row per backend, with units and ranges, and the JSON contract. */
final class EstimateView {
    static final String ESTIMATE_SCHEMA = "cambrian.estimate/v1";
    static final String RANK_SCHEMA = "cambrian.rank/v2";

    private EstimateView() {
    }

    static Report report(String schema, String rankedBy, List<Estimate> estimates, Evaluation.Outcome outcome,
                         Scenario scenario, Workload workload, List<String> pluginProblems) {
        List<String> columns = new ArrayList<>();
        if (rankedBy != null) {
            columns.add("#");
        }
        columns.addAll(List.of("backend", "time", "energy", "devices", "cost", "hero", "investment", "pareto"));
        Set<String> front = Pareto.front(estimates);
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Estimate e : estimates) {
            List<String> row = new ArrayList<>();
            if (rankedBy != null) {
                row.add(String.valueOf(rank++));
            }
            row.add(e.backendId());
            row.add(Quantities.time(e.trainingSeconds()));
            row.add(Quantities.energy(e.energyJoules()));
            row.add(devices(e));
            row.add(Quantities.usd(e.costUsd()));
            row.add(Quantities.months(e.heroMonth()));
            row.add(Quantities.usd(e.fabInvestmentUsd()));
            row.add(front.contains(e.backendId()) ? "*" : "");
            rows.add(row);
        }
        String title = (rankedBy != null ? "Ranked by " + rankedBy + ": " : "Estimates: ") + workload.name() + " ("
                + Quantities.sci(workload.trainingFlop()) + " FLOP), scenario " + scenario.name();
        List<String> notes = notes(estimates, outcome, scenario);
        Map<String, Object> json = json(schema, rankedBy, estimates, outcome, scenario, workload);
        json.put("paretoFront", List.copyOf(front));
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) json.get("warnings");
        pluginProblems.forEach(p -> warnings.add("plugin problem: " + p));
        List<Table> tables = new ArrayList<>();
        boolean environmental = RankKey.CARBON.id().equals(rankedBy) || RankKey.WATER.id().equals(rankedBy);
        if (environmental) {
            // ranked by carbon or water: the footprint is the table, in rank order
            tables.add(FootprintView.table(title, estimates, true));
        } else {
            tables.add(new Table(title, columns, rows));
            if (rankedBy == null && scenario.environment().isPresent()) {
                tables.add(FootprintView.table("Energy on each basis, carbon and water (" + scenario.environment().get().grid().regionName()
                        + ", " + scenario.environment().get().grid().basis() + ")", estimates, false));
            }
        }
        if (tables.size() > 1 || environmental) {
            scenario.environment().ifPresent(env -> notes.addAll(1, FootprintView.notes(env, estimates)));
        }
        return new Report(tables, notes, json, List.of(tidy(rankedBy, estimates, front)));
    }

    /** The devices an estimate bills at its nominal point, every kind together (a photonic run's chips and GPUs). */
    static double deviceCount(Estimate e) {
        return e.hardware().stream().mapToDouble(h -> h.count().nominal()).sum();
    }

    /** The kinds of device it bills, joined with " + ". */
    static String deviceKinds(Estimate e) {
        return e.hardware().stream().map(HardwareLine::kind).collect(Collectors.joining(" + "));
    }

    /** The spreadsheet's table: one row per backend, SI units in the column names, low/nominal/high apart. */
    static DataTable tidy(String rankedBy, List<Estimate> estimates, Set<String> front) {
        List<String> columns = new ArrayList<>();
        if (rankedBy != null) {
            columns.add("rank");
        }
        columns.addAll(List.of("backend", "category", "profile"));
        for (String figure : List.of("time_%s_s", "energy_%s_J", "cost_%s_USD", "hero_%s_month", "investment_%s_USD")) {
            for (String level : List.of("low", "nominal", "high")) {
                columns.add(String.format(figure, level));
            }
        }
        columns.addAll(List.of("devices_nominal_count", "device_kinds", "pareto_front"));
        // last, so the columns before keep their places: rank --by carbon or water ranked by a figure the file left out
        for (String figure : List.of("carbon_%s_kgCO2e", "water_%s_L")) {
            for (String level : List.of("low", "nominal", "high")) {
                columns.add(String.format(figure, level));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Estimate e : estimates) {
            List<Object> row = new ArrayList<>();
            if (rankedBy != null) {
                row.add(rank++);
            }
            row.addAll(java.util.Arrays.asList(e.backendId(), e.backend().category().id(), e.profile()));
            for (Range r : List.of(e.trainingSeconds(), e.energyJoules(), e.costUsd(), e.heroMonth(), e.fabInvestmentUsd())) {
                row.addAll(List.of(r.low(), r.nominal(), r.high()));
            }
            row.add(deviceCount(e));
            row.add(deviceKinds(e));
            row.add(front.contains(e.backendId()));
            Optional<Footprint> footprint = e.footprint(); // empty cells without an environment or a declared device
            for (Range r : footprint.map(f -> List.of(f.totalKgCo2e(), f.waterLitres())).orElse(List.of())) {
                row.addAll(List.of(r.low(), r.nominal(), r.high()));
            }
            while (row.size() < columns.size()) {
                row.add(null);
            }
            rows.add(row);
        }
        return new DataTable("results", columns, rows);
    }

    static String devices(Estimate e) {
        return e.hardware().stream().map(h -> Quantities.count(h.count()) + " x " + h.kind()).collect(Collectors.joining(" + "));
    }

    /** GPUs and other accelerators bought or rented today are modelled from their datasheets, not relative to the baseline. */
    private static boolean absolute(Category c) {
        return c == Category.GPU || c == Category.ACCELERATOR;
    }

    private static List<String> notes(List<Estimate> estimates, Evaluation.Outcome outcome, Scenario scenario) {
        List<String> notes = new ArrayList<>();
        notes.add("Figures: nominal (low-high over the corners of the uncertain parameters' ranges). Time in s, min, h, d or y;"
                + " energy drawn from the grid; cost = hardware + operations + energy at $"
                + scenario.economics().electricityUsdPerKwh() + "/kWh; hero = months from start to the trained model;"
                + " investment = in-house programme (or, for GPUs, buying the cluster); pareto * = no other backend is"
                + " at least as good on time, energy and cost and better on one.");
        outcome.reference().ifPresent(ref -> {
            if (estimates.stream().anyMatch(e -> !e.backendId().equals(ref.backendId()) && !absolute(e.backend().category()))) {
                notes.add("Relative backends apply their factors to the baseline " + ref.backendId() + " on this workload ("
                        + Quantities.time(Range.of(ref.time().trainingSeconds())) + ", "
                        + Quantities.energy(Range.of(ref.energy().joules())) + ") under scenario " + scenario.name()
                        + "; their low-high covers their own parameters on that nominal run ('cambrian uncertainty' samples the"
                        + " baseline's under them too).");
            }
        });
        for (Estimate e : estimates) {
            notes.add("Source: " + e.backendId() + ": " + e.backend().sources().get(0));
        }
        if (!scenario.levers().isEmpty()) {
            notes.add(LeverRuns.note(scenario.levers()));
        }
        if (scenario.name().equals(BuiltInScenarios.DEFAULT)) {
            notes.add("Scenario default: GPU and accelerator figures from datasheets, utilization from a model fitted to published runs"
                    + " (`cambrian backends -v` lists every source).");
        }
        LinkedHashSet<String> warnings = new LinkedHashSet<>(outcome.notes());
        for (Estimate e : estimates) {
            e.warnings().forEach(w -> warnings.add(e.backendId() + ": " + w));
            notes.addAll(AssumptionLines.of(e));
        }
        outcome.failures().forEach(f -> warnings.add("failed: " + f));
        outcome.infeasible().forEach(f -> warnings.add("no valid answer: " + f));
        warnings.forEach(w -> notes.add("Warning: " + w));
        return notes;
    }

    private static Map<String, Object> json(String schema, String rankedBy, List<Estimate> estimates,
                                            Evaluation.Outcome outcome, Scenario scenario, Workload workload) {
        Map<String, Object> root = Json.object();
        root.put("schema", schema);
        if (rankedBy != null) {
            root.put("rankedBy", rankedBy);
        }
        root.put("scenario", Json.scenario(scenario));
        root.put("workload", Json.workload(workload));
        List<Object> results = new ArrayList<>();
        int rank = 1;
        for (Estimate e : estimates) {
            Map<String, Object> r = Json.object();
            if (rankedBy != null) {
                r.put("rank", rank++);
            }
            r.put("backend", e.backendId());
            r.put("name", e.backend().name());
            r.put("category", e.backend().category().id());
            r.put("technologyReadinessLevel", e.backend().technologyReadinessLevel());
            r.put("profile", e.profile());
            r.put("trainingTimeSeconds", Json.range(e.trainingSeconds()));
            r.put("energyJoules", Json.range(e.energyJoules()));
            r.put("costUsd", Json.range(e.costUsd()));
            Map<String, Object> split = Json.object();
            split.put("hardware", e.nominal().hardware().hardwareCostUsd());
            split.put("operations", e.nominal().hardware().operationsCostUsd());
            split.put("energy", e.nominal().energyCostUsd());
            r.put("nominalCostBreakdownUsd", split);
            List<Object> hardware = new ArrayList<>();
            for (HardwareLine h : e.hardware()) {
                Map<String, Object> m = Json.object();
                m.put("kind", h.kind());
                m.put("count", Json.range(h.count()));
                m.put("deviceHours", Json.range(h.deviceHours()));
                hardware.add(m);
            }
            r.put("hardware", hardware);
            Map<String, Object> fab = Json.object();
            fab.put("investmentUsd", Json.range(e.fabInvestmentUsd()));
            fab.put("timeToHeroMonths", Json.range(e.heroMonth()));
            List<Object> phases = new ArrayList<>();
            for (Phase p : e.nominal().timeline().phases()) {
                Map<String, Object> m = Json.object();
                m.put("name", p.name());
                m.put("startMonth", p.startMonth());
                m.put("endMonth", p.endMonth());
                phases.add(m);
            }
            fab.put("phases", phases);
            r.put("fab", fab);
            r.put("environment", FootprintView.json(e));
            e.nominal().time().plan().ifPresent(plan -> r.put("plan", Json.plan(plan)));
            r.put("assumptions", Json.assumptions(e.assumptions()));
            r.put("sources", e.backend().sources());
            r.put("warnings", e.warnings());
            r.put("evaluations", e.evaluations());
            results.add(r);
        }
        root.put("results", results);
        List<Object> assumptions = new ArrayList<>();
        Map<String, Object> electricity = Json.object();
        electricity.put("name", "electricityUsdPerKwh");
        electricity.put("value", scenario.economics().electricityUsdPerKwh());
        electricity.put("source", scenario.origins().getOrDefault(BuiltInScenarios.ELECTRICITY_ORIGIN, "scenario " + scenario.name()));
        assumptions.add(electricity);
        root.put("assumptions", assumptions);
        scenario.environment().ifPresent(env -> root.put("environment", FootprintView.json(env)));
        root.put("sources", List.of(workload.source()));
        root.put("warnings", Json.warnings(outcome.notes(), outcome.failures(), outcome.infeasible()));
        return root;
    }

}
