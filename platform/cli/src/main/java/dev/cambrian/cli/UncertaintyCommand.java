package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.Subject;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "uncertainty", mixinStandardHelpOptions = true,
        description = "Monte Carlo over every uncertain parameter (docs/models.md §8): P10/P50/P90 of time, energy and cost"
                + " (and of carbon and water, under the scenario's environment), the probability of each rank, and which"
                + " parameter moves the result most.")
class UncertaintyCommand extends FootprintCommand implements TableOption.Declared {
    @Mixin
    SamplingOptions sampling = new SamplingOptions(Options.DEFAULT_SAMPLES);

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "time",
            description = "time, energy, cost, carbon or water: what rank probabilities and sensitivity use (default:"
                    + " ${DEFAULT-VALUE}).")
    String by;

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to sample, comma-separated, or 'all' (default: all).")
    List<String> backends = new ArrayList<>();

    @Override
    List<String> backendsRun() {
        return backends;
    }

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Sample only the i-th of N contiguous parts of the chunks of samples and write their figures"
                    + " (not a report) for --merge; --format, --table and --by are the --merge run's.")
    String shardText;

    @Option(names = "--merge", paramLabel = "FILE", split = ",", arity = "1..*",
            description = "Make the report from the parts written with --shard i/N (the same options otherwise) instead"
                    + " of sampling: the single run's output, byte for byte.")
    List<java.nio.file.Path> merge = new ArrayList<>();

    @Override
    public List<String> tables() {
        return UncertaintyView.TABLES;
    }

    /** The sampling flags are checked before any plugin runs. */
    @Override
    Inputs inputs() {
        if (shardText != null && !merge.isEmpty()) {
            throw new InputException("--shard and --merge: one makes the parts, the other joins them; give one");
        }
        shard = shardText == null ? null : dev.cambrian.engine.shard.Shard.parse(shardText);
        Figure figure = Figure.fromId(by);
        Inputs in = super.inputs();
        options = sampling.options(figure, in.scenario().environment().orElse(null));
        return in;
    }

    private dev.cambrian.engine.shard.Shard shard;
    private Options options;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        List<LoadedBackend> selected = ctx.select(backends);
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        Sampling.refuseValuesABackendCannotTake(evaluation, selected);
        Sampling.Plan plan = Sampling.plan(ctx, evaluation, scenario, workload, selected, options,
                shard == null && merge.isEmpty(), shard == null ? dev.cambrian.engine.shard.Shard.WHOLE : shard, !merge.isEmpty(), 0);
        List<Subject> subjects = plan.subjects();
        UncertaintyResult result;
        String runId = shard == null && merge.isEmpty() ? null : ShardHeader.runId(describe(selected, scenario, workload,
                options));
        var store = merge.isEmpty() ? null : SampleShards.read(merge, runId, options.samples());
        // a shard samples its chunks only
        long toSample = MonteCarlo.samplesIn(shard == null ? dev.cambrian.engine.shard.Shard.WHOLE : shard, options.samples());
        try (Progress bar = Progress.of("uncertainty", toSample * subjects.size(), spec.commandLine().getErr())) {
            if (shard != null) {
                var chunks = plan.shard(bar::step, shard);
                Output.write(SampleShards.part(runId, shard, chunks), common.output, spec.commandLine().getOut());
                return ExitCodes.OK;
            }
            result = plan.run(bar::step, store == null ? null : (id, c) -> {
                var saved = store.get(SampleShards.key(id, c));
                if (saved == null) {
                    throw new InputException("--merge: no samples of " + id + " chunk " + (c + 1) + " in the parts given");
                }
                return saved;
            });
        }
        Output.emitIfAny(!result.backends().isEmpty(), UncertaintyView.report(result, subjects, scenario, workload,
                evaluation.notes(), Estimations.problems(ctx)), common, spec.commandLine().getOut());
        return Sampling.exitCode(ctx, result);
    }

    /**
     * What decides the samples, canonically: the parts of one run share it and --merge checks it. The
     * figure ranked by, the threads and the output format are left out: they change no sample.
     */
    private String describe(List<LoadedBackend> selected, Scenario scenario, Workload workload,
            Options options) {
        StringBuilder d = new StringBuilder("uncertainty/v1\n");
        // which ranges are drawn, and so every draw after them, may change with the API (1.5.0 stopped drawing the ranges a
        // relative backend's models leave unread): parts made by hosts of two API versions are not one run
        d.append("api=").append(dev.cambrian.api.ApiVersion.current()).append('\n');
        // and so may the engine's way of drawing with one API (ChunkPlan.DRAWS): then the same seed gives other draws
        d.append("draws=").append(dev.cambrian.engine.uncertainty.ChunkPlan.DRAWS).append('\n');
        d.append("samples=").append(options.samples()).append(" seed=").append(options.seed()).append('\n');
        d.append("workload=").append(workload).append('\n');
        d.append("scenario=").append(scenario.name()).append(" baseline=").append(scenario.baseline()).append('\n');
        // a file by its content, not its path: the same file named another way, or copied to another machine, is one run
        java.nio.file.Path file = java.nio.file.Path.of(scenarioOptions.scenario);
        // as ScenarioLoader reads it: a built-in name wins over a file of that name in the working folder
        if (dev.cambrian.engine.scenario.BuiltInScenarios.named(scenarioOptions.scenario).isEmpty()
                && java.nio.file.Files.isRegularFile(file)) {
            try {
                d.append("scenario-file=").append(ShardHeader.runId(java.nio.file.Files.readString(file))).append('\n');
            } catch (java.io.IOException e) {
                throw new InputException("--scenario " + file + ": cannot read: " + e.getMessage());
            }
        }
        d.append("set=").append(String.join("\u001f", scenarioOptions.set)).append('\n');
        d.append("levers=").append(String.join("\u001f", scenarioOptions.levers)).append('\n');
        d.append("region=").append(grid.region).append(" market-intensity=").append(grid.marketIntensity)
                .append(" wue=").append(water.wue).append('\n'); // the environment carbon and water are drawn under
        // in id order: a backend's samples do not depend on the others or their order (MonteCarloTest), so -b a,b and
        // -b b,a make the same parts
        selected.stream().sorted(java.util.Comparator.comparing(LoadedBackend::id)).forEach(b -> d.append(b.id()).append('@')
                .append(b.pluginId()).append(':').append(b.pluginVersion()).append('\n'));
        return d.toString();
    }
}
