package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ReferenceLine;
import dev.cambrian.engine.project.UncertainProjection;
import dev.cambrian.engine.uncertainty.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables and JSON of a projection with a backend's sampled cost: percentiles per year, crossing odds. */
final class ProjectUncertaintyView {
    /** The sampled tidy tables --backend adds, in order ({@link #tidy}). */
    static final List<String> TABLES = List.of("sampled", "odds");

    static final String NOTE = "With a backend, sampled: each sample draws the backend's and the baseline's uncertain"
            + " parameters once and keeps them through the years; from the backend's year on, its cloud cost is the"
            + " projection's times the backend's cost over the baseline's on that year's frontier model (P(y) parameters,"
            + " K(y) experts, k P / 6 tokens) on the scenario's cluster, doubled while the"
            + " baseline has no valid answer (up to its devices x P(y) / P(2023)), at the scenario's prices; a sample with no valid answer that year"
            + " keeps its ratio from the latest year whose frontier model had one (held; measured before the backend's year too),"
            + " or stays on the baseline when it has none (no answer)."
            + " The projection's own inputs are faraboschi2024barriers' point values: the spread is the backend's and baseline's only."
            + " P(crossed) is the share of samples whose cost exceeded the line in that year or before.";

    private ProjectUncertaintyView() {
    }

    static List<Table> tables(String backend, int available, ProjectUncertainty.Outcome u, ProjectionAssumptions a) {
        List<String> costColumns = new ArrayList<>(List.of("year"));
        List<String> oddsColumns = new ArrayList<>(List.of("year"));
        for (UncertainProjection.Result r : u.scenarios()) {
            costColumns.add(r.scenario().id() + " P50 (P10-P90)");
            for (ReferenceLine line : a.lines()) {
                oddsColumns.add(r.scenario().id() + " " + line.id());
            }
        }
        costColumns.add("measured on (guess)");
        costColumns.add("held / no answer (guess)");
        List<List<String>> costRows = new ArrayList<>();
        List<List<String>> oddsRows = new ArrayList<>();
        int years = u.scenarios().get(0).years().size();
        UncertainProjection.Result bestGuess = u.scenarios().stream()
                .filter(r -> r.scenario() == ProjectionScenario.BEST_GUESS).findFirst().orElseThrow();
        for (int y = 0; y < years; y++) {
            List<String> cost = new ArrayList<>(List.of(String.valueOf(u.scenarios().get(0).years().get(y).year())));
            List<String> odds = new ArrayList<>(cost);
            for (UncertainProjection.Result r : u.scenarios()) {
                UncertainProjection.Year year = r.years().get(y);
                var p = year.cloudCostUsd();
                cost.add(year.withBackend() ? Quantities.usd(new Range(p.p10(), p.p50(), p.p90()))
                        : Quantities.usd(Range.of(p.p50())) + " (before)");
                for (UncertainProjection.CrossingOdds c : r.crossings()) {
                    odds.add(percent(c.byYear().get(y)));
                }
            }
            UncertainProjection.Year guess = bestGuess.years().get(y);
            cost.add(guess.latestMeasuredYear() == 0 ? "-" : guess.latestMeasuredYear() == guess.year() ? "this year"
                    : guess.latestMeasuredYear() + "'s model");
            cost.add(guess.withBackend() ? guess.samplesHeld() + " / " + guess.samplesWithoutAnswer() : "-");
            costRows.add(cost);
            oddsRows.add(odds);
        }
        return List.of(new Table("Cloud training cost with " + backend + " from " + available + ", sampled: P50 (P10-P90)"
                + " per scenario", costColumns, costRows),
                new Table("P(crossed by year) with " + backend + ": share of samples whose cost has exceeded each line",
                        oddsColumns, oddsRows));
    }

    static Map<String, Object> json(ProjectUncertainty.Outcome u, Options options) {
        Map<String, Object> m = Json.object();
        m.put("samples", options.samples());
        m.put("seed", options.seed());
        Map<String, Object> scenarios = Json.object();
        for (UncertainProjection.Result r : u.scenarios()) {
            List<Object> years = new ArrayList<>();
            for (UncertainProjection.Year y : r.years()) {
                Map<String, Object> row = Json.object();
                row.put("year", y.year());
                row.put("withBackend", y.withBackend());
                row.put("cloudCostUsdP10", y.cloudCostUsd().p10());
                row.put("cloudCostUsdP50", y.cloudCostUsd().p50());
                row.put("cloudCostUsdP90", y.cloudCostUsd().p90());
                row.put("latestMeasuredYear", y.latestMeasuredYear() == 0 ? null : y.latestMeasuredYear());
                row.put("samplesHeld", y.samplesHeld());
                row.put("samplesWithoutAnswer", y.samplesWithoutAnswer());
                years.add(row);
            }
            Map<String, Object> odds = Json.object();
            r.crossings().forEach(c -> odds.put(c.lineId(), c.byYear()));
            Map<String, Object> s = Json.object();
            s.put("years", years);
            s.put("crossedByYearProbability", odds);
            scenarios.put(r.scenario().id(), s);
        }
        m.put("scenarios", scenarios);
        m.put("problems", u.problems());
        return m;
    }

    /**
     * The sampled tables for spreadsheets: each backend's cloud cost percentiles per scenario and year ("sampled"), and
     * the probability each line has been crossed by each year ("odds").
     */
    static List<dev.cambrian.cli.output.DataTable> tidy(List<Projections.BackendBend> backends) {
        List<List<Object>> cost = new ArrayList<>();
        List<List<Object>> odds = new ArrayList<>();
        for (Projections.BackendBend b : backends) {
            for (UncertainProjection.Result r : b.uncertainty().scenarios()) {
                for (int y = 0; y < r.years().size(); y++) {
                    UncertainProjection.Year year = r.years().get(y);
                    var p = year.cloudCostUsd();
                    cost.add(java.util.Arrays.asList(b.backendId(), r.scenario().id(), year.year(), year.withBackend(), p.p10(),
                            p.p50(), p.p90(), year.samplesHeld(), year.samplesWithoutAnswer(),
                            year.latestMeasuredYear() == 0 ? null : year.latestMeasuredYear()));
                    for (UncertainProjection.CrossingOdds c : r.crossings()) {
                        odds.add(List.of(b.backendId(), r.scenario().id(), c.lineId(), year.year(), c.byYear().get(y)));
                    }
                }
            }
        }
        return List.of(new dev.cambrian.cli.output.DataTable(TABLES.get(0), List.of("backend", "scenario", "year", "with_backend",
                        "cloud_cost_p10_USD", "cloud_cost_p50_USD", "cloud_cost_p90_USD", "samples_held_count",
                        "samples_without_answer_count", "latest_measured_year"), cost),
                new dev.cambrian.cli.output.DataTable(TABLES.get(1), List.of("backend", "scenario", "line", "year",
                        "crossed_by_year_probability"), odds));
    }

    /**
     * Where the nominal path (the cost factor of the nominal point) leaves the sampled P10-P90 in the best guess, said
     * once per backend: cerebras-cs3's nominal factor of x1.53 gave costs above P90 in every year while most samples made
     * it cheaper than the baseline, and nothing on the page said why. Empty when it stays inside.
     */
    static java.util.Optional<String> nominalOutside(Projections.BackendBend b) {
        var nominal = b.bend().projections().get(ProjectionScenario.BEST_GUESS);
        UncertainProjection.Result sampled = b.uncertainty().scenarios().stream()
                .filter(r -> r.scenario() == ProjectionScenario.BEST_GUESS).findFirst().orElse(null);
        if (nominal == null || sampled == null) {
            return java.util.Optional.empty();
        }
        int with = 0;
        int above = 0;
        int below = 0;
        UncertainProjection.Year first = null;
        double firstNominal = 0;
        for (UncertainProjection.Year y : sampled.years()) {
            if (!y.withBackend()) {
                continue;
            }
            double cost = nominal.years().stream().filter(n -> n.year() == y.year()).findFirst().orElseThrow().cloudCostUsd();
            with++;
            // beyond rounding: samples that all give one figure put the nominal 1e-15 outside "$23.1B (23.1-23.1)"
            double slack = 1e-9 * Math.abs(cost);
            boolean high = cost > y.cloudCostUsd().p90() + slack;
            boolean low = cost < y.cloudCostUsd().p10() - slack;
            if ((high || low) && first == null) {
                first = y;
                firstNominal = cost;
            }
            above += high ? 1 : 0;
            below += low ? 1 : 0;
        }
        if (first == null) {
            return java.util.Optional.empty();
        }
        var p = first.cloudCostUsd();
        return java.util.Optional.of(b.backendId() + ": the nominal factor's cost lies " + (above > 0 ? "above P90" : "")
                + (above > 0 && below > 0 ? " or " : "") + (below > 0 ? "below P10" : "") + " in " + (above + below) + " of the "
                + with + " best-guess years with it (" + first.year() + ": " + Quantities.usd(Range.of(firstNominal))
                + " against a sampled P50 (P10-P90) of " + Quantities.usd(new Range(p.p10(), p.p50(), p.p90()))
                + "): the uncertain ranges behind it (its own, or its baseline's) are lopsided about their nominal values, so most"
                + " samples fall on one side of it;"
                + " 'cambrian uncertainty -b " + b.backendId() + " --by cost' names the ranges");
    }

    /**
     * A share of samples near its ends as uncertainty writes one ("<0.1%", ">99.9%", one decimal between), so a few
     * samples in 2,000 are not "0%" nor all but a few "100%"; none and all are "0%" and "100%" here, where uncertainty's
     * rank tables write none as "-".
     */
    static String percent(double p) {
        return p == 0 ? "0%" : p == 1 ? "100%" : UncertaintyView.percent(p);
    }
}
