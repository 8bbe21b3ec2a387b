package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The Monte Carlo flags declared once: each command keeps its own default count, and every flag reaches the run's options. */
class SamplingOptionsTest {
    private static <T> T parsed(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void eachCommandKeepsItsDefaultSampleCount() {
        UncertaintyCommand uncertainty = new UncertaintyCommand();
        assertThat(parsed(uncertainty).sampling.samples).isEqualTo(Options.DEFAULT_SAMPLES);
        SweepCommand sweep = new SweepCommand();
        assertThat(parsed(sweep).sampling.none()).as("sweep: nominal figures only by default").isTrue();
        ProjectCommand project = new ProjectCommand();
        assertThat(parsed(project).sampling.samples).isEqualTo(2000);
        ReportCommand report = new ReportCommand();
        assertThat(parsed(report).report.sampling.samples).isEqualTo(2000);
        assertThat(new CommandLine(new ProjectCommand()).getUsageMessage()).contains("(default: 2000)");
        assertThat(new CommandLine(new UncertaintyCommand()).getUsageMessage()).contains("(default: 10000)");
    }

    @Test
    void onlySweepsHelpSpeaksOfNoSamples() {
        // report's help said "sweep's default, 0, means no Monte Carlo", a value report refuses
        String report = CambrianCommand.commandLine(new String[] {"report"}).getSubcommands().get("report").getUsageMessage();
        assertThat(report.replaceAll("\\s+", " ")).contains("100 to 10,000,000 (default: 2000)").doesNotContain("sweep")
                .doesNotContain("--table");
        String sweep = CambrianCommand.commandLine(new String[] {"sweep"}).getSubcommands().get("sweep").getUsageMessage();
        assertThat(sweep.replaceAll("\\s+", " ")).contains("or 0 for none: the nominal figures only (default: 0)");
    }

    @Test
    void theHelpStatesTheRangeTheCheckEnforces() {
        // the annotation's text cannot format the constants, so this holds the two together
        String range = String.format(java.util.Locale.ROOT, "%,d to %,d", Options.MIN_SAMPLES, Options.MAX_SAMPLES);
        assertThat(new CommandLine(new UncertaintyCommand()).getUsageMessage().replaceAll("\\s+", " ")).contains(range);
        assertThatThrownBy(() -> Options.check(Options.MAX_SAMPLES + 1L)).hasMessageContaining(range.replace(" to ", " and "));
    }

    @Test
    void theFlagsReachTheOptionsAndAreChecked() {
        ProjectCommand project = new ProjectCommand();
        Options options = parsed(project, "--samples", "300", "--seed", "7", "--threads", "3").sampling
                .options(Figure.COST, null);
        assertThat(options.samples()).isEqualTo(300);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.threads()).isEqualTo(3);
        ReportCommand report = new ReportCommand();
        SamplingOptions tooFew = parsed(report, "--samples", "5").report.sampling;
        assertThatThrownBy(() -> tooFew.options(Figure.TIME, null)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--samples: must be between 100 and 10,000,000, got 5");
        SweepCommand sweep = new SweepCommand();
        SamplingOptions noThreads = parsed(sweep, "--samples", "200", "--threads", "0").sampling;
        assertThatThrownBy(() -> noThreads.options(Figure.COST, null)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--threads: must be between 1 and");
    }
}
