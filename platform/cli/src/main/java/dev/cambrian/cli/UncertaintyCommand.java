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
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "uncertainty", mixinStandardHelpOptions = true,
        description = "Monte Carlo over every uncertain parameter (docs/models.md §8): P10/P50/P90 of time, energy and cost,"
                + " the probability of each rank, and which parameter moves the result most.")
class UncertaintyCommand extends ComputeCommand {
    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Samples per backend, 100 to 10,000,000 (default: ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the random draws; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--by", paramLabel = "KEY", defaultValue = "time",
            description = "time, energy or cost: what rank probabilities and sensitivity use (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads to sample with (default: the processors available; plugin calls beyond that many only"
                    + " queue); the figures do not depend on it.")
    Integer threads;

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to sample, comma-separated, or 'all' (default: all).")
    List<String> backends = new ArrayList<>();

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Options options = new Options(Options.check(samples), seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), Figure.fromId(by));
        Sampling.Sampled sampled = Sampling.run(ctx, scenario, workload, backends, options);
        UncertaintyResult result = sampled.result();
        Output.emit(UncertaintyView.report(result, sampled.subjects(), scenario, workload, sampled.evaluationNotes(),
                Estimations.problems(ctx)), common, spec.commandLine().getOut());
        return Sampling.exitCode(result);
    }
}
