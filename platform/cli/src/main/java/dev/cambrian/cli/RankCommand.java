package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.chart.SlideChart;
import dev.cambrian.cli.output.Renderer;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.compose.Composer;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.environment.Footprint;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.RankKey;
import dev.cambrian.engine.estimate.Ranking;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank backends on one workload by time, energy, cost, hero month, investment, carbon or water (smallest"
                + " first; ties by id); --compose ranks combinations beside them.")
class RankCommand extends FootprintCommand {
    /** Compounds with an idle member listed by name in the notes; the JSON names every one. */
    private static final int IDLE_LISTED = 20;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "time",
            description = "time, energy, cost, hero, investment, carbon (operational + embodied tCO2e) or water (litres)"
                    + " (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to rank, comma-separated, or 'all' (default: all).")
    List<String> backends = new ArrayList<>();

    @Override
    List<String> backendsRun() {
        return backends;
    }

    @Option(names = "--deadline", paramLabel = "DAYS",
            description = "Size each backend to finish within DAYS before ranking.")
    Double deadlineDays;

    @Option(names = "--compose", paramLabel = "pairs|all|A+B[+C]", split = ",",
            description = "Also rank compounds: every pair of the ranked backends, every combination of two or more (of up to 16"
                    + " backends), or"
                    + " the compounds named (e.g. photonic+analog-topology; comma-separated).")
    List<String> compose = new ArrayList<>();

    @Option(names = "--chart", paramLabel = "FILE.svg|FILE.png",
            description = "Also draw the ranking (nominal bars, low and high marked) as an SVG or PNG for a slide.")
    Path chart;

    /** The flags alone are checked before any plugin runs: the key, the chart's file type, the compounds named. */
    @Override
    Inputs inputs() {
        key = RankKey.fromId(by);
        chartType = chart == null ? null : SlideChart.Type.of(chart.getFileName().toString())
                .orElseThrow(() -> new InputException("--chart " + chart + ": the file name must end in .svg or .png"));
        named = named(compose);
        Inputs in = super.inputs();
        if (deadlineDays != null) {
            Estimations.checkDeadline(deadlineDays, in.scenario(), backends);
        }
        return in;
    }

    private RankKey key;
    private SlideChart.Type chartType;
    private List<List<String>> named;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        for (List<String> ids : named) {
            ctx.select(ids, "--compose " + String.join("+", ids)); // an unknown member, with the closest loaded ids
            Compounds.requireSelected(ids, backends, "ranked");
        }
        if (compose.equals(List.of("all"))) {
            checkCombinationCount(ctx.select(backends).size()); // before any model runs
        }
        Evaluation.Outcome outcome = Estimations.evaluate(ctx, scenario, workload, backends, deadlineDays);
        Report singles = EstimateView.report(EstimateView.RANK_SCHEMA, key.id(), Ranking.rank(outcome.estimates(), key),
                outcome, scenario, workload, Estimations.problems(ctx));
        if (compose.isEmpty()) {
            write(singles, outcome, scenario, workload);
            return Estimations.exitCode(ctx, outcome);
        }
        Estimations.exitCode(ctx, outcome);
        var baseline = outcome.reference().orElseThrow(() -> new NothingValidException(
                "--compose needs the scenario's baseline " + scenario.baseline() + ", which gave no result"));
        List<Compound> compounds = new ArrayList<>();
        List<List<Estimate>> groups = named.isEmpty()
                ? combinations(outcome.estimates(), compose.equals(List.of("pairs")) ? 2 : Integer.MAX_VALUE)
                : members(named, outcome);
        Map<String, Optional<Footprint>> footprints = new HashMap<>();
        java.util.Set<String> rented = Compounds.rentedByTheHour(ctx, outcome.estimates().stream().map(Estimate::backendId).toList());
        for (List<Estimate> members : groups) {
            Compound c = Composer.compose(members, baseline, Map.of(), scenario.economics(), Composer.DEFAULT_INTEGRATION_MONTHS,
                    rented);
            compounds.add(c);
            footprints.put(c.id(), Compounds.footprint(c, outcome.estimates(), scenario));
        }
        if ((key == RankKey.CARBON || key == RankKey.WATER) && scenario.environment().isEmpty()) {
            throw new InputException("--compose with --by " + key.id() + ": the scenario " + scenario.name()
                    + " has no environment to find the compounds' footprint in");
        }
        compounds.sort(Comparator.comparingDouble((Compound c) -> figure(c, footprints.get(c.id()), key)).thenComparing(Compound::id));
        List<List<String>> rows = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        int rank = 1;
        List<String> notes = new ArrayList<>(singles.notes());
        List<String> idleByCompound = new ArrayList<>();
        for (Compound c : compounds) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(rank++));
            row.addAll(CompoundView.row(c, footprints.get(c.id())));
            rows.add(row);
            Map<String, Object> entry = CompoundView.json(c, footprints.get(c.id()));
            // as compose says it: a member that runs nothing still counts in the investment and hero month
            List<String> idle = CompoundView.idleMembers(c);
            if (!idle.isEmpty()) {
                idleByCompound.add(c.id() + ": " + String.join(", ", idle));
            }
            entry.put("warnings", idle.stream().map(CompoundView::idleWarning).toList());
            json.add(entry);
        }
        if (!idleByCompound.isEmpty()) { // one note, not a paragraph per compound: --compose all can make thousands
            int shown = Math.min(idleByCompound.size(), IDLE_LISTED);
            notes.add("Members that run no operation class in their compound (another member or the baseline is faster on each):"
                    + " the compound's time, energy, devices and run cost leave them out, but their programmes still count in its"
                    + " in-house investment and hero month; " + String.join("; ", idleByCompound.subList(0, shown))
                    + (shown < idleByCompound.size() ? "; and " + (idleByCompound.size() - shown) + " more compounds (each"
                    + " compound's JSON warnings name them)" : "") + ".");
        }
        List<String> columns = new ArrayList<>(List.of("#"));
        columns.addAll(CompoundView.columns(compounds.isEmpty() ? Optional.empty() : footprints.get(compounds.get(0).id())));
        List<Table> tables = new ArrayList<>(singles.tables());
        tables.add(new Table("Compounds (" + String.join(",", compose) + ") ranked by " + key.id() + ": each class on the member that runs it best",
                columns, rows));
        singles.json().put("compounds", json);
        List<dev.cambrian.cli.output.DataTable> data = new ArrayList<>(singles.data());
        data.add(CompoundView.tidy(compounds, footprints));
        write(new Report(tables, notes, singles.json(), data), outcome, scenario, workload);
        return ExitCodes.OK;
    }

    /** Renders the report, then writes the chart and the report: a refusal while rendering (an unknown --table) leaves no chart. */
    private void write(Report report, Evaluation.Outcome outcome, Scenario scenario, Workload workload) {
        String text = Renderer.render(report, common.format, common.table);
        if (chart != null && !outcome.estimates().isEmpty()) {
            SlideCharts.write(chart, chartType, ReportCharts.ranking(scenario, workload, outcome, key), "--chart");
        }
        Output.writeIfAny(!outcome.estimates().isEmpty(), text, common.output, spec.commandLine().getOut());
    }

    /** The compounds named in --compose (A+B,...), or none for 'pairs' or 'all', which stand alone. */
    static List<List<String>> named(List<String> compose) {
        if (compose.equals(List.of("pairs")) || compose.equals(List.of("all"))) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (String text : compose) {
            if (text.equals("pairs") || text.equals("all") || !text.contains("+")) {
                throw new InputException("--compose: '" + text + "': give pairs, all, or compounds such as"
                        + " photonic+analog-topology (comma-separated)");
            }
            List<String> ids = Compounds.ids(text, "--compose");
            if (new java.util.HashSet<>(ids).size() < ids.size()) {
                throw new InputException("--compose " + text + ": a backend appears twice");
            }
            out.add(ids);
        }
        return out;
    }

    /** Each named compound's member estimates; a member without a valid result ends the command, named. */
    static List<List<Estimate>> members(List<List<String>> named, Evaluation.Outcome outcome) {
        List<List<Estimate>> out = new ArrayList<>();
        for (List<String> ids : named) {
            List<Estimate> members = new ArrayList<>();
            for (String id : ids) {
                members.add(outcome.estimates().stream().filter(e -> e.backendId().equals(id)).findFirst()
                        .orElseThrow(() -> new NothingValidException("--compose " + String.join("+", ids) + ": " + id
                                + " gave no valid result (see warnings); a compound needs every member")));
            }
            out.add(members);
        }
        return out;
    }

    /** @param footprint the compound's footprint; present whenever the key is carbon or water (checked before) */
    static double figure(Compound c, Optional<Footprint> footprint, RankKey key) {
        return switch (key) {
            case TIME -> c.trainingSeconds();
            case ENERGY -> c.energyJoules();
            case COST -> c.costUsd();
            case HERO -> c.heroMonth();
            case INVESTMENT -> c.fabInvestmentUsd().nominal();
            case CARBON -> footprint.orElseThrow().totalKgCo2e().nominal();
            case WATER -> footprint.orElseThrow().waterLitres().nominal();
        };
    }

    /** The most backends '--compose all' combines: 16 make 65,519 compounds. */
    static final int MOST_FOR_ALL = 16;

    /** '--compose all' over n backends makes 2^n - n - 1 compounds: refused past {@link #MOST_FOR_ALL}. */
    static void checkCombinationCount(int n) {
        if (n > MOST_FOR_ALL) {
            throw new InputException("--compose all: " + n + " backends make " + (n >= 63 ? "too many" : String.format(
                    java.util.Locale.ROOT, "%,d", (1L << n) - n - 1)) + " combinations; choose up to " + MOST_FOR_ALL
                    + " with -b, or use --compose pairs");
        }
    }

    /** Every subset of size 2 up to max, in a stable order: pairs of any number of backends, all of up to 16. */
    static List<List<Estimate>> combinations(List<Estimate> all, int max) {
        List<Estimate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Estimate::backendId));
        List<List<Estimate>> out = new ArrayList<>();
        int n = sorted.size();
        if (max == 2) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    out.add(List.of(sorted.get(i), sorted.get(j)));
                }
            }
            return out;
        }
        checkCombinationCount(n);
        for (int mask = 1; mask < (1 << n); mask++) {
            int size = Integer.bitCount(mask);
            if (size < 2 || size > max) {
                continue;
            }
            List<Estimate> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    members.add(sorted.get(i));
                }
            }
            out.add(members);
        }
        return out;
    }

}
