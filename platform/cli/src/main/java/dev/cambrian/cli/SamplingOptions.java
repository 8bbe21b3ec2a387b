package dev.cambrian.cli;

import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import picocli.CommandLine.Option;

/**
 * The Monte Carlo flags of the uncertainty, sweep, project and report commands, declared once. Each command
 * gives its own default sample count (the field's initial value, which picocli shows as the default); sweep's help adds
 * what its 0 means ({@link #describeNone}).
 */
public final class SamplingOptions {
    @Option(names = "--samples", paramLabel = "N",
            // the range is Options.MIN_SAMPLES to MAX_SAMPLES, written out (SamplingOptionsTest holds them equal)
            description = "Monte Carlo samples per backend, 100 to 10,000,000 (default: ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the Monte Carlo draws; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads to sample with (default: the processors available; plugin calls beyond that many only"
                    + " queue); the figures do not depend on it.")
    Integer threads;

    /** --samples as sweep describes it, where 0 (its default) is allowed: report's help said so of sweep's default. */
    static void describeNone(picocli.CommandLine.Model.CommandSpec model) {
        picocli.CommandLine.Model.OptionSpec samples = model.findOption("--samples");
        model.remove(samples);
        model.addOption(picocli.CommandLine.Model.OptionSpec.builder(samples).description(String.format(java.util.Locale.ROOT,
                "Monte Carlo samples per backend, %,d to %,d, or 0 for none: the nominal figures only (default:"
                        + " ${DEFAULT-VALUE}).", dev.cambrian.engine.uncertainty.Options.MIN_SAMPLES,
                dev.cambrian.engine.uncertainty.Options.MAX_SAMPLES)).build());
    }

    SamplingOptions(long defaultSamples) {
        samples = defaultSamples;
    }

    /** Whether --samples asks for no Monte Carlo at all (sweep's default: the nominal figures only). */
    boolean none() {
        return samples == 0;
    }

    /**
     * The run's options, --samples and --threads checked here (exit 2 and one line when out of range): a command
     * makes them once, before any plugin runs.
     */
    Options options(Figure figure, Environment environmentOrNull) {
        return new Options(Options.check(samples), seed, threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                figure, environmentOrNull);
    }
}
