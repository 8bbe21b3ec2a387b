package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Costs;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.lever.LeverEffects;
import dev.cambrian.engine.project.Crossing;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionDerivation;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ProjectionYear;
import dev.cambrian.engine.project.Projector;
import dev.cambrian.engine.project.ReferenceLine;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project the frontier model's training cost year by year under faraboschi2024barriers' three scenarios, and the"
                + " year it crosses the GPU installed base, global IT spending and US GDP; --backend shows a backend bending it.")
class ProjectCommand extends ComputeCommand {
    static final String SCHEMA = "cambrian.project/v1";

    @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2020", description = "First year (default: ${DEFAULT-VALUE}).")
    int from;

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2035", description = "Last year (default: ${DEFAULT-VALUE}).")
    int to;

    @Option(names = "--growth", paramLabel = "LINE=RATE", split = ",",
            description = "Change a reference line's annual growth, e.g. --growth it-spending=0.1"
                    + " (lines: gpu-installed-base, it-spending, us-gdp).")
    List<String> growth = new ArrayList<>();

    @Option(names = "--backend", paramLabel = "ID", split = ",",
            description = "Move training to this backend from the year its timeline makes it available (its hero month"
                    + " after the scenario's year), at its cost relative to the baseline on the workload (-w).")
    List<String> backends = new ArrayList<>();

    @Option(names = "--explain", paramLabel = "YEAR",
            description = "Also show how each scenario's figures for YEAR are derived: formula, inputs and source per step.")
    Integer explainYear;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2000",
            description = "With --backend: Monte Carlo samples per scenario and year of the backend's cost over the"
                    + " baseline's on that year's frontier model, 100 to 10,000,000 (default: ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "With --backend: seed of the draws; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--levers-from", paramLabel = "YEAR",
            description = "First year the --lever adjustments apply to (default: the scenario's year).")
    Integer leversFrom;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        if (from > to || from < 1990 || to > 2200) {
            throw new InputException("--from/--to: need 1990 <= from <= to <= 2200, got " + from + " to " + to);
        }
        ProjectionAssumptions a = ProjectionAssumptions.seed001().withLines(lines(growth));
        Map<ProjectionScenario, Projection> plain = new EnumMap<>(ProjectionScenario.class);
        for (ProjectionScenario s : ProjectionScenario.values()) {
            plain.put(s, Projector.project(s, a, from, to));
        }
        List<Table> tables = new ArrayList<>();
        List<List<String>> crossingRows = new ArrayList<>();
        List<Object> bent = new ArrayList<>();
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
        Scenario bare = scenario.withLevers(List.of());
        if (!backends.isEmpty()) {
            ctx.select(backends, "--backend");
            Evaluation.Outcome outcome = EstimateCommand.evaluate(ctx, bare, workloadWithoutLevers, backends, null);
            EstimateCommand.exitCode(outcome);
            var baseline = outcome.reference().orElseThrow(() -> new NothingValidException(
                    "--backend needs the scenario's baseline " + scenario.baseline() + " for the cost factor"));
            double baselineCost = Costs.totalUsd(baseline, scenario.economics());
            Options options = new Options(Options.check(samples), seed, Runtime.getRuntime().availableProcessors(),
                    Figure.COST);
            for (Estimate e : outcome.estimates()) {
                double factor = e.costUsd().nominal() / baselineCost;
                int available = scenario.economics().year() + (int) Math.ceil(e.heroMonth().nominal() / 12);
                Map<String, Object> m = bend("with " + e.backendId(), available, factor, "cost " + Quantities.usd(e.costUsd())
                        + " vs baseline " + Quantities.usd(Range.of(baselineCost)) + " on " + workloadWithoutLevers.name()
                        + ", scenario " + scenario.name(), plain, a, crossingRows);
                m.put("backend", e.backendId());
                m.put("availableFromYear", available);
                ProjectUncertainty.Outcome u = ProjectUncertainty.sample(ctx, bare, workloadWithoutLevers,
                        ctx.plugins.backend(e.backendId()).orElseThrow(), available, plain, a, options);
                uncertainTables.addAll(ProjectUncertaintyView.tables(e.backendId(), available, u, a));
                m.put("uncertainty", ProjectUncertaintyView.json(u, options));
                u.problems().forEach(problem -> notes.add(e.backendId() + ": " + problem));
                bent.add(m);
            }
            notes.add(ProjectUncertaintyView.NOTE);
            notes.add("With a backend: from the year after its hero month (counted from " + scenario.economics().year()
                    + ") the cost per FLOP is multiplied by the backend's cost over the baseline's on "
                    + workloadWithoutLevers.name() + "; (+n) moves a crossing n years later, 'after " + to + "' means not within "
                    + from + "-" + to + ".");
        }
        Map<String, Object> leversJson = null;
        Projection levered = null;
        if (!scenario.levers().isEmpty()) {
            int start = leversFrom != null ? leversFrom : scenario.economics().year();
            if (start < 1990 || start > 2200) {
                throw new InputException("--levers-from: need a year from 1990 to 2200, got " + start);
            }
            LeverEffects.Result effects = LeverRuns.measure(ctx, scenario, workloadWithoutLevers, scenario.baseline(),
                    scenario.levers());
            leversJson = Json.object();
            leversJson.put("fromYear", start);
            leversJson.put("measuredOn", scenario.baseline());
            leversJson.put("settings", Json.levers(scenario.levers()));
            List<Object> alone = new ArrayList<>();
            for (LeverEffects.Effect e : effects.alone()) {
                alone.add(bend("lever " + e.label(), start, e.factors().usd(), e.settings().get(0).lever().source(), plain, a,
                        crossingRows));
            }
            leversJson.put("alone", alone);
            LeverEffects.Effect all = effects.stackedOrNull() != null ? effects.stackedOrNull() : effects.alone().get(0);
            leversJson.put("stacked", effects.stackedOrNull() == null ? null : bend("levers stacked", start,
                    all.factors().usd(), LeverRuns.labels(all.settings()), plain, a, crossingRows));
            levered = Projector.project(ProjectionScenario.BEST_GUESS, a, from, to, start, all.factors().usd());
            notes.add("With levers: from " + start + " (--levers-from) the cost per FLOP is multiplied by the levers' cost"
                    + " factor, measured by running " + scenario.baseline() + " on " + workloadWithoutLevers.name()
                    + " with and without them (`cambrian levers` shows the run); the cost table's last column is the best"
                    + " guess with all of them.");
            notes.add(LeverRuns.note(scenario.levers()));
            if (scenario.levers().stream().anyMatch(l -> l.lever().flopFactor(l.setting()) != 1)) {
                notes.add("data-reduction and model-partitioning take their defaults from Table 1's best case over its"
                        + " best guess: on the best case, which already has them, they go beyond Table 1.");
            }
        } else if (leversFrom != null) {
            throw new InputException("--levers-from: needs --lever (the levers whose start year it sets)");
        }
        tables.add(costTable(plain, levered));
        List<String> columns = new ArrayList<>(List.of("line", "value 2025", "growth"));
        for (ProjectionScenario s : ProjectionScenario.values()) {
            columns.add("crossed (" + s.id() + ")");
        }
        columns.add("source");
        tables.add(new Table("Year the frontier model's cloud training cost first exceeds each line", columns, crossingRows));
        tables.addAll(uncertainTables);
        Map<String, Object> explainJson = null;
        if (explainYear != null) {
            if (explainYear < 1990 || explainYear > 2200) {
                throw new InputException("--explain: need a year from 1990 to 2200, got " + explainYear);
            }
            explainJson = Json.object();
            explainJson.put("year", explainYear);
            Map<String, Object> byScenario = Json.object();
            for (ProjectionScenario s : ProjectionScenario.values()) {
                List<Derivation> steps = ProjectionDerivation.of(s, a, explainYear);
                tables.add(DerivationView.table("How " + s.id() + " gets its " + explainYear + " training cost", steps));
                byScenario.put(s.id(), DerivationView.json(steps));
            }
            explainJson.put("scenarios", byScenario);
        }
        notes.add("Model (faraboschi2024barriers §2.1, Table 1, docs/models.md §7): cloud cost = FLOP per parameter (20 / 40 / 120) x P^2 / K"
                + " x price per FLOP; P +180%/year from GPT-4's 1.8T in 2023 (GPT-3 175B in 2021 before it), K = 1 + experts"
                + " per year (8 / 4 / 0) after 2023, price per FLOP halving every 2.46 years, calibrated on GPT-4's $32M;"
                + " GPU cost = cloud / 4.8. The scenarios share the past up to 2023.");
        notes.add("Checks against the seed: GPT-3 2021 $4.8M cloud (<$1M GPU), GPT-4 2023 $32M ($6.7M), 2028 $93B ($19B);"
                + " faraboschi2024barriers names 2029 for the GPU installed base and 2032 for IT spending.");
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
        Output.emit(new Report(tables, notes, root), common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** One row of the crossings table for a change of the cost per FLOP from a year on, and its JSON. */
    private Map<String, Object> bend(String label, int fromYear, double factor, String detail,
            Map<ProjectionScenario, Projection> plain, ProjectionAssumptions a, List<List<String>> rows) {
        List<String> row = new ArrayList<>(List.of(label, "from " + fromYear, "x" + Quantities.number(factor)));
        Map<String, Object> m = Json.object();
        m.put("label", label);
        m.put("fromYear", fromYear);
        m.put("costFactor", factor);
        Map<String, Object> crossings = Json.object();
        for (ProjectionScenario s : ProjectionScenario.values()) {
            Projection p = Projector.project(s, a, from, to, fromYear, factor);
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

    private Table costTable(Map<ProjectionScenario, Projection> plain, Projection leveredOrNull) {
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

    static List<ReferenceLine> lines(List<String> growth) {
        List<ReferenceLine> lines = new ArrayList<>(ProjectionAssumptions.seed001().lines());
        for (String g : growth) {
            int eq = g.indexOf('=');
            String id = eq < 0 ? g : g.substring(0, eq).trim();
            int i = -1;
            for (int k = 0; k < lines.size(); k++) {
                if (lines.get(k).id().equals(id)) {
                    i = k;
                }
            }
            if (eq < 0 || i < 0) {
                throw new InputException("--growth " + g + ": expected LINE=RATE with LINE one of "
                        + String.join(", ", lines.stream().map(ReferenceLine::id).toList()));
            }
            double rate;
            try {
                rate = Double.parseDouble(g.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new InputException("--growth " + g + ": rate is not a number (0.1 = 10%/year)");
            }
            if (!Double.isFinite(rate) || rate <= -1) {
                throw new InputException("--growth " + g + ": rate must be finite and above -1 (0.1 = 10%/year)");
            }
            lines.set(i, lines.get(i).withAnnualGrowth(rate));
        }
        return lines;
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
}
