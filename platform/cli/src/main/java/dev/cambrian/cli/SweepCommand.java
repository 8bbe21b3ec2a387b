package dev.cambrian.cli;

import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.cli.output.Format;
import dev.cambrian.cli.output.Renderer;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.shard.Shard;
import dev.cambrian.engine.sweep.SweepGrid;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Estimate every combination of workloads, sizes, device counts, scenarios, lever sets and backends,"
                + " with Monte Carlo (P10/P50/P90 columns) or without it (--samples 0, the default), into one tidy table (a"
                + " row per point): --format csv or jsonl for tools;"
                + " --shard i/N computes one part and 'cambrian merge' joins the parts into the single run's bytes.")
class SweepCommand implements Callable<Integer>, OwnOutputOptions {
    static final String NONE = "none";

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = {"-w", "--workload"}, paramLabel = "ID", split = ",",
            description = "Workload presets or 'custom' (default: the scenario file's workload.preset, else grok-5).")
    List<String> workloads = new ArrayList<>();

    @Option(names = "--parameters", paramLabel = "N", split = ",",
            description = "Total parameters to sweep (e.g. 1e11,1e12); default: each workload's own.")
    List<Double> parameters = new ArrayList<>();

    @Option(names = "--tokens", paramLabel = "N", split = ",",
            description = "Training tokens to sweep (e.g. 1e13,3e13); default: each workload's own.")
    List<Double> tokens = new ArrayList<>();

    @Option(names = "--devices", paramLabel = "N", split = ",",
            description = "Device counts to sweep, set on every backend that declares 'devices' (relative backends follow"
                    + " their baseline's); default: each backend's own.")
    List<Long> devices = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME|FILE", split = ",",
            description = "Scenarios: built-in names or files (default: default).")
    List<String> scenarios = new ArrayList<>(List.of("default"));

    @Option(names = "--lever-set", paramLabel = "ID[=V],...|none",
            description = "One set of levers applied together, comma-separated, or 'none' (repeatable: each is a value of"
                    + " the levers axis; default: none).")
    List<String> leverSets = new ArrayList<>();

    @Option(names = "--set", paramLabel = "BACKEND.PARAM=VALUE",
            description = "Override one parameter at every point, e.g. --set gpu-h100.utilization=0.4 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends, comma-separated, or 'all' (default: all).")
    List<String> backends = new ArrayList<>();

    @Mixin
    SamplingOptions sampling = new SamplingOptions(0);

    /**
     * Its --samples may be 0, its default: the help says what that means. Its output is one table, so the shared --table
     * had nothing to pick ("no table 'x'; accepted: 1").
     */
    @Override
    public void tailor(CommandSpec model) {
        SamplingOptions.describeNone(model);
        model.remove(model.findOption("--table"));
    }

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Compute only the i-th of N contiguous parts of the grid, with a header line for"
                    + " 'cambrian merge' (needs --format csv or jsonl).")
    String shardText;

    @Override
    public Integer call() {
        Shard shard = shardText == null ? Shard.WHOLE : Shard.parse(shardText);
        if (shardText != null && common.format != Format.CSV && common.format != Format.JSONL) {
            throw new InputException("--shard: needs --format csv or jsonl (rows that join), got " + common.format.id());
        }
        Options mc = sampling.none() ? null : sampling.options(Figure.COST, null);
        for (String option : List.of("--seed", "--threads")) {
            if (mc == null && spec.commandLine().getParseResult().hasMatchedOption(option)) {
                // nothing is sampled: they did nothing, unchecked (--threads -5 ran)
                throw new InputException(option + ": only with --samples 100 or more (without samples, sweep draws nothing)");
            }
        }
        onceEach("-w", workloads);
        onceEach("--parameters", parameters);
        onceEach("--tokens", tokens);
        onceEach("--devices", devices);
        onceEach("--scenario", scenarios);
        for (long n : devices) {
            if (n < 1) {
                throw new InputException("--devices: counts must be at least 1, got " + n);
            }
            if (n > (long) dev.cambrian.engine.estimate.ParameterResolver.LARGEST_WHOLE) { // as a long: 2^53 + 1 as a double is 2^53
                // set on each backend as *.devices, it was refused in --set's words, naming a backend not swept
                throw new InputException(String.format(java.util.Locale.ROOT, "--devices: counts must be at most %s (a double skips"
                        + " whole numbers past it), got %,d", dev.cambrian.engine.estimate.ParameterResolver.LARGEST_WHOLE_TEXT, n));
            }
        }
        if (!devices.isEmpty() && ScenarioLoader.parseSets(sets).parameters()
                .getOrDefault(Scenario.ALL_BACKENDS, java.util.Map.of()).containsKey(AbsoluteParameters.DEVICES)) {
            // each point sets *.devices to its count: the --set would be overridden without a word
            throw new InputException("--devices and --set *.devices: both set every backend's device count; give one");
        }
        List<List<LeverSetting>> levers = new ArrayList<>();
        for (String set : leverSets.isEmpty() ? List.of(NONE) : leverSets) {
            if (Arrays.stream(set.split(",", -1)).anyMatch(String::isBlank)) { // one set per option: not split by picocli
                throw new InputException("--lever-set: '" + set + "' has an empty item; separate the levers with single commas,"
                        + " or give 'none'");
            }
            levers.add(set.equals(NONE) ? List.of() : LeverSetting.parse(Arrays.asList(set.split(",")), "--lever-set"));
        }
        // the same levers written two ways (competitive-accelerators and competitive-accelerators=0.4, or in another
        // order) made the same rows twice
        java.util.Map<List<String>, String> leverSetSeen = new java.util.HashMap<>();
        for (int i = 0; i < levers.size(); i++) {
            List<String> key = levers.get(i).stream().map(LeverSetting::label).sorted().toList();
            String before = leverSetSeen.put(key, leverSets.isEmpty() ? NONE : leverSets.get(i));
            if (before != null) {
                throw new InputException("--lever-set " + leverSets.get(i) + ": the same levers as --lever-set " + before
                        + "; each value of an axis once");
            }
        }
        SweepCases cases = SweepCases.resolve(this, levers); // every scenario and workload checked before any plugin runs
        try (Context ctx = new Context(common, spec.commandLine().getErr())) {
            List<LoadedBackend> selected = ctx.select(backends);
            cases.check(ctx, backends);
            SweepGrid grid = cases.grid(selected);
            int from = shard.from(grid.points());
            int to = shard.to(grid.points());
            List<SweepRow> rows = new ArrayList<>();
            try (Progress progress = Progress.of("sweep", to - from, spec.commandLine().getErr())) {
                int perCase = selected.size();
                for (int c = from / perCase; c * perCase < to; c++) {
                    int first = Math.max(from, c * perCase) - c * perCase;
                    int last = Math.min(to, (c + 1) * perCase) - c * perCase;
                    rows.addAll(cases.evaluate(ctx, c, selected.subList(first, last), c * perCase + first, mc));
                    progress.step(last - first);
                }
            }
            String body = Renderer.render(SweepView.report(rows, mc), common.format, common.table);
            String text = shardText == null ? body
                    : ShardHeader.text("sweep", ShardHeader.runId(cases.describe(selected, mc, common.format)), shard,
                            common.format.id(), body);
            Output.write(text, common.output, spec.commandLine().getOut());
            // on stderr, as the rows (CSV, JSON lines) have no place for them: --set photonic.speedup=200 ran in silence
            cases.inputNotes().forEach(n -> spec.commandLine().getErr().println("warning: " + dev.cambrian.host.Printable.of(n)));
            spec.commandLine().getErr().flush();
            // a part whose points all have no figure is still a whole part: whether the run has one is the merge's to say
            if (shardText != null || rows.isEmpty() || rows.stream().anyMatch(SweepRow::hasFigure)) {
                return ctx.exitCode(ExitCodes.OK);
            }
            spec.commandLine().getErr().println("error: " + SweepStatuses.NONE);
            spec.commandLine().getErr().flush();
            return ctx.exitCode(ExitCodes.NOTHING_VALID);
        }
    }

    /**
     * A value given twice on an axis made every row of it twice (backends, given twice, were already collapsed). Named as
     * typed: 1e12 and 1000000000000 are the same value, and the message quotes both.
     */
    private void onceEach(String flag, List<?> values) {
        List<String> typed = new ArrayList<>();
        picocli.CommandLine.Model.OptionSpec option = spec.findOption(flag);
        for (String text : option == null ? List.<String>of() : option.originalStringValues()) {
            typed.addAll(Arrays.asList(text.split(option.splitRegex())));
        }
        java.util.Map<Object, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer before = first.putIfAbsent(values.get(i), i);
            if (before != null) {
                boolean asTyped = typed.size() == values.size();
                String now = asTyped ? typed.get(i) : String.valueOf(values.get(i));
                String then = asTyped ? typed.get(before) : now;
                throw new InputException(flag + " " + now + ": given twice" + (then.equals(now) ? "" : " (as " + then + " too)")
                        + "; each value of an axis once");
            }
        }
    }
}
