package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.Projector;
import dev.cambrian.engine.project.ReferenceLine;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project the frontier model's training cost year by year under faraboschi2024barriers' three scenarios, and the"
                + " year it crosses the GPU installed base, global IT spending and US GDP; --backend shows a backend bending it"
                + " (its cost over the baseline's sampled per scenario and year with --samples and --seed).")
class ProjectCommand extends ComputeCommand implements TableOption.Declared {
    @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2020", description = "First year (default: ${DEFAULT-VALUE}).")
    int from;

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2035", description = "Last year (default: ${DEFAULT-VALUE}).")
    int to;

    @Option(names = "--growth", paramLabel = "LINE=RATE", split = ",",
            description = "Change a reference line's annual growth, e.g. --growth it-spending=0.1"
                    + " (lines: gpu-installed-base, it-spending, us-gdp).")
    List<String> growth = new ArrayList<>();

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Move training to this backend from the year its timeline makes it available (its hero month"
                    + " after the scenario's year, for the workload -w), at its cost relative to the baseline on each year's"
                    + " frontier model; -w also adds its cost on that workload, for comparison.")
    List<String> backends = new ArrayList<>();

    @Option(names = "--explain", paramLabel = "YEAR",
            description = "Also show how each scenario's figures for YEAR are derived: formula, inputs and source per step.")
    Integer explainYear;

    @Mixin
    SamplingOptions sampling = new SamplingOptions(2000);

    @Option(names = "--levers-from", paramLabel = "YEAR",
            description = "First year the --lever adjustments apply to (default: the scenario's year).")
    Integer leversFrom;

    @Override
    List<String> backendsRun() {
        return backends;
    }

    /** The projection's tables, and with --backend the sampled ones. */
    @Override
    public List<String> tables() {
        if (backends.isEmpty()) {
            return ProjectView.TABLES;
        }
        List<String> all = new ArrayList<>(ProjectView.TABLES);
        all.addAll(ProjectUncertaintyView.TABLES);
        return all;
    }

    /** The window, the years and the sample count are checked before any plugin runs. */
    @Override
    Inputs inputs() {
        Inputs in = super.inputs();
        if (from > to || from < Projector.EARLIEST_YEAR || to > Projector.LATEST_YEAR) {
            throw new InputException("--from/--to: need " + Projector.EARLIEST_YEAR + " <= from <= to <= " + Projector.LATEST_YEAR
                    + ", got " + from + " to " + to + " (the model-size line runs through GPT-3 in 2021 and GPT-4 in 2023;"
                    + " it gives 0.16B parameters in " + Projector.EARLIEST_YEAR + " and x3.2 fewer each year before)");
        }
        assumptions = ProjectionAssumptions.seed001().withLines(lines(growth, from, to));
        samplingOrNull = backends.isEmpty() ? null : sampling.options(Figure.COST, null);
        if (backends.isEmpty()) {
            // only a backend's cost over the baseline's is sampled: without --backend these did nothing
            for (String option : List.of("--samples", "--seed", "--threads")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new InputException(option + ": only with --backend (what is sampled is a backend's cost over the"
                            + " baseline's; the projection without one has no sampled figure)");
                }
            }
            // the projection without a backend takes each year's model from its own size line, and runs no backend's model
            for (String option : List.of("--set", "-w", "--parameters", "--active-parameters", "--tokens", "--flop", "--experts")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new InputException(option + ": only with --backend (without one, each year's model comes from the"
                            + " projection's size line and no backend's parameter is read)");
                }
            }
        }
        if (!in.scenario().levers().isEmpty()) {
            int start = leversFrom != null ? leversFrom : in.scenario().economics().year();
            // a lever's start need not be a year the projection shows (the scenario's year may be 2010): before it, every year
            if (start < dev.cambrian.api.Economics.FIRST_YEAR || start > dev.cambrian.api.Economics.LAST_YEAR) {
                throw new InputException("--levers-from: need a year from " + dev.cambrian.api.Economics.FIRST_YEAR + " to "
                        + dev.cambrian.api.Economics.LAST_YEAR + ", got " + start);
            }
        } else if (leversFrom != null) {
            throw new InputException("--levers-from: needs --lever (the levers whose start year it sets)");
        }
        if (explainYear != null && (explainYear < Projector.EARLIEST_YEAR || explainYear > Projector.LATEST_YEAR)) {
            throw new InputException("--explain: need a year from " + Projector.EARLIEST_YEAR + " to " + Projector.LATEST_YEAR
                    + ", got " + explainYear);
        }
        return in;
    }

    private ProjectionAssumptions assumptions;
    /** With --backend: the Monte Carlo of its cost over the baseline's. */
    private Options samplingOrNull;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        int leversFromYear = leversFrom != null ? leversFrom : scenario.economics().year();
        Projections.Result result = Projections.project(ctx, scenario, workloadWithoutLevers, new Projections.Request(from, to,
                assumptions, backends, samplingOrNull, leversFromYear, explainYear));
        Output.emit(ProjectView.report(result), common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static List<ReferenceLine> lines(List<String> growth, int from, int to) {
        List<ReferenceLine> lines = new ArrayList<>(ProjectionAssumptions.seed001().lines());
        Map<String, String> given = new HashMap<>();
        for (String g : growth) {
            int eq = g.indexOf('=');
            String id = eq < 0 ? g : g.substring(0, eq).trim();
            String before = given.put(id, g);
            if (before != null && !before.equals(g)) { // the last rate won without a word
                throw new InputException("--growth " + g + ": " + id + " is also given by --growth " + before + "; give it once");
            }
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
            ReferenceLine line = lines.get(i).withAnnualGrowth(rate);
            // the value is monotone in the year, so the window's ends bound it: beyond a double it became an internal error
            for (int year : new int[] {Math.min(from, Projector.FIRST_YEAR), to}) { // measured from 2020 (Projections)
                double v = line.valueIn(year);
                if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
                    throw new InputException("--growth " + g + ": the line's value in " + year + " would not be a finite"
                            + " number above 0; give a rate nearer 0 (0.1 = 10%/year)");
                }
            }
            lines.set(i, line);
        }
        return lines;
    }
}
