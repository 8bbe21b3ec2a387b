package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cambrian.engine.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line hangs together: shared options where they mean something, none that do nothing, "did you mean". */
class OneCommandLineTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aCommandBuiltAloneIsTheCommandOfTheWholeTree() {
        picocli.CommandLine whole = CambrianCommand.whole();
        assertThat(whole.getSubcommands()).hasSize(CambrianCommand.COMMANDS.size());
        for (String name : whole.getSubcommands().keySet()) {
            picocli.CommandLine alone = CambrianCommand.commandLine(new String[] {name, "--help"});
            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(alone.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
        }
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"rnak"}, new String[] {"-V", "rank"})) {
            assertThat(CambrianCommand.commandLine(args).getSubcommands()).as(String.join(" ", args))
                    .hasSize(CambrianCommand.COMMANDS.size());
        }
        Run version = run("--version");
        assertThat(version.code()).isEqualTo(ExitCodes.OK);
        assertThat(version.out()).startsWith("cambrian ").contains("plugin API");
        assertThat(CambrianCommand.commandLine(new String[] {"-V"}).getSubcommands()).as("the version alone").isEmpty();
    }

    @Test
    void anOptionGivenTwiceWithTwoValuesIsRefusedNamingIt() {
        Run samples = run("uncertainty", "--samples", "10", "--samples", "20");
        assertEquals(ExitCodes.BAD_INPUT, samples.code());
        assertThat(samples.err()).isEqualTo("error: option '--samples' (N) should be specified only once (see 'cambrian"
                + " uncertainty --help')" + System.lineSeparator());
        // --set repeats, one parameter at a time: the same one twice kept the last value without a word
        Run set = run("estimate", "--set", "gpu-h100.devices=1000", "--set", "gpu-h100.devices=2000");
        assertEquals(ExitCodes.BAD_INPUT, set.code());
        assertThat(set.err()).isEqualTo("error: --set gpu-h100.devices=2000: gpu-h100.devices is also set by --set"
                + " gpu-h100.devices=1000; give it once" + System.lineSeparator());
        Run sweep = run("sweep", "--devices", "1000,2000", "--set", "*.devices=5000");
        assertEquals(ExitCodes.BAD_INPUT, sweep.code());
        assertThat(sweep.err()).isEqualTo("error: --devices and --set *.devices: both set every backend's device count; give one"
                + System.lineSeparator());
    }

    @Test
    void reportWritesHtmlOrJsonAndSaysSoForAnyOther() {
        for (String format : List.of("table", "csv", "markdown")) { // table wrote html without a word
            Run r = run("report", "--format", format);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), format);
            assertThat(r.err()).isEqualTo("error: --format " + format + ": report writes html (the default) or json"
                    + System.lineSeparator());
        }
    }

    @Test
    void explainRefusesADeadlineOnACompound() {
        Run r = run("explain", "-b", "photonic+analog-topology", "--deadline", "30");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertThat(r.err()).isEqualTo("error: --deadline: sizes single backends; a compound (photonic+analog-topology) runs at"
                + " its members' own device counts (explain -b gpu-h100 --deadline to size the baseline)" + System.lineSeparator());
    }

    @Test
    void aDeadlinePastAFiniteNumberOfSecondsIsRefused() {
        // 1e305 days overflowed to an infinite number of seconds: "does not fit on 1 device", exit 1, where 1e300 sized 1,384
        for (String command : List.of("estimate", "rank", "explain")) {
            Run r = run(command, "-b", "gpu-h100", "--deadline", "1e305");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), command);
            assertThat(r.err()).as(command).startsWith("error: --deadline: must be a positive number of days below 2.08e+303")
                    .hasLineCount(1);
        }
    }

    @Test
    void sweepScenariosMustBeToldApartByName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // two files both named 'pod' made rows with the same scenario cell and different figures
        java.nio.file.Files.writeString(dir.resolve("a.yaml"), "scenario: pod\nparameters:\n  gpu-h100:\n    devices: 2000\n");
        java.nio.file.Files.writeString(dir.resolve("b.yaml"), "scenario: pod\nparameters:\n  gpu-h100:\n    devices: 8000\n");
        Run r = run("sweep", "--scenario", dir.resolve("a.yaml") + "," + dir.resolve("b.yaml"));
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertThat(r.err()).isEqualTo("error: --scenario " + dir.resolve("b.yaml") + ": named 'pod', as " + dir.resolve("a.yaml")
                + " is; the rows' scenario column could not tell them apart (give each file its own 'scenario:' name)"
                + System.lineSeparator());
        // one file by two paths
        Run twice = run("sweep", "--scenario", dir.resolve("a.yaml") + "," + dir.resolve(".").resolve("a.yaml"));
        assertEquals(ExitCodes.BAD_INPUT, twice.code());
    }

    @Test
    void thePluginsFolderMustBeAFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Run empty = run("backends", "--plugins", "");
        assertEquals(ExitCodes.BAD_INPUT, empty.code());
        assertThat(empty.err()).isEqualTo("error: --plugins: empty; give the plugins folder" + System.lineSeparator());
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("x.jar"), "");
        Run notAFolder = run("rank", "--plugins", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, notAFolder.code());
        assertThat(notAFolder.err()).isEqualTo("error: --plugins " + file + ": not a folder; give the folder the plugin jars"
                + " are in" + System.lineSeparator());
    }

    @Test
    void aPresetTheScenarioFileResizesSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // it kept the preset's name, "GPT-3 175B" for a billion parameters, where the same flags say "(modified by flags)"
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("small.yaml"),
                "workload:\n  preset: gpt-3\n  parameters: 1e9\n");
        Run r = run("scale", "--scenario", f.toString(), "--devices", "1000");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Time to train GPT-3 175B (modified by the scenario file) (");
        Run named = run("scale", "--scenario", java.nio.file.Files.writeString(dir.resolve("named.yaml"),
                "workload:\n  preset: gpt-3\n  name: Small\n  parameters: 1e9\n").toString(), "--devices", "1000");
        assertThat(named.out()).contains("Time to train Small (");
        // an impossible size in the file is the file's, -w or not (it was blamed on "-w gpt-3")
        java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "workload:\n  activeParameters: 1e15\n");
        assertThat(run("scale", "-w", "gpt-3", "--scenario", bad.toString()).err()).startsWith("error: " + bad + ":2:3: workload: ");
    }

    @Test
    void aListWithAnEmptyItemIsRefusedAsTyped() {
        // String.split dropped a trailing empty item silently (-b gpu-h100, ran gpu-h100) while a leading one was an id ''
        for (String[] args : List.of(new String[] {"estimate", "-b", "gpu-h100,"}, new String[] {"rank", "-b", ",gpu-h100"},
                new String[] {"sweep", "--devices", "8,16,"}, new String[] {"scale", "--devices", "1000,"})) {
            Run r = run(args);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), String.join(" ", args));
            assertThat(r.err()).as(String.join(" ", args)).startsWith("error: ").contains("'" + args[2] + "' has an empty item")
                    .hasLineCount(1);
        }
        assertThat(run("estimate", "-b", "gpu-h100,").err()).startsWith("error: -b/--backend: 'gpu-h100,' has an empty item");
        // an empty --merge list sampled a new run instead of merging; an empty --scenario list was an internal error
        assertThat(run("uncertainty", "--merge", ",").err()).startsWith("error: --merge: ',' has an empty item");
        assertThat(run("sweep", "--scenario", ",").err()).startsWith("error: --scenario: ',' has an empty item");
        assertThat(run("sweep", "--lever-set", ",").err()).startsWith("error: --lever-set: ',' has an empty item");
    }

    @Test
    void aMisspeltCommandSuggestsTheClosestOne() {
        Run r = run("rnak");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertThat(r.err()).startsWith("error: unknown command 'rnak' (did you mean 'rank'?)").doesNotContain("scenarios?");
        assertThat(run("estimtae").err()).contains("did you mean 'estimate'?");
        assertThat(run("rank", "--scenaro", "seed-current").err()).contains("unknown option '--scenaro' (did you mean '--scenario'?)");
    }

    @Test
    void aWorkloadOfLessThanOneTokenIsRefused() {
        // --tokens 0.5 trained in 1.5e-9 s, --flop 1e-300 in 2e-323 h, exit 0
        Run half = run("estimate", "-w", "custom", "--parameters", "7e9", "--tokens", "0.5", "-b", "gpu-h100");
        assertThat(half.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(half.err()).startsWith("error: -w custom --parameters 7.00e+09 --tokens 0.5: 0.500 training tokens: give at"
                + " least 1 (--tokens, or a --flop of at least 6 x 7.00e+09 active parameters = 4.20e+10)");
        Run tiny = run("estimate", "-w", "custom", "--parameters", "7e9", "--flop", "1e-300", "-b", "gpu-h100");
        assertThat(tiny.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("estimate", "-w", "custom", "--parameters", "7e9", "--tokens", "1", "-b", "gpu-h100").err())
                .doesNotContain("training tokens"); // one token is a workload (the plugins are not loaded here)
    }

    @Test
    void scaleTakesACustomWorkloadAScenarioAndLevers() {
        Run r = run("scale", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "--scenario", "seed-current",
                "--devices", "1000");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        // C = 6 x 70e9 x 2e12 = 8.4e23 FLOP
        assertThat(r.out()).contains("custom workload (8.40e+23 FLOP)").contains("Scenario: seed-current");
        Run halved = run("scale", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "--lever", "data-reduction=0.5",
                "--lever", "resilience", "--devices", "1000");
        assertThat(halved.code()).as(halved.err()).isEqualTo(ExitCodes.OK);
        assertThat(halved.out()).contains("(4.20e+23 FLOP)").contains("Not applied by scale: resilience");
        assertThat(run("scale", "--help").out()).contains("--scenario", "--lever", "--parameters").doesNotContain("--set");
    }

    @Test
    void workloadsAndScenariosListNoPluginOptions() {
        for (String command : List.of("workloads", "scenarios")) {
            assertThat(run(command, "--help").out()).as(command).contains("--format").doesNotContain("--plugins", "--strict",
                    "--timeout-ms", "--verify-plugins");
        }
        assertThat(run("rank", "--help").out()).contains("--plugins", "--strict", "--set", "--lever", "--scenario", "-w");
    }

    @Test
    void composeNamesCompoundsOrPairsOrAll() {
        assertThat(RankCommand.named(List.of("pairs"))).isEmpty();
        assertThat(RankCommand.named(List.of("all"))).isEmpty();
        assertThat(RankCommand.named(List.of("photonic+analog-topology", "photonic+neuromorphic+gpu-h100")))
                .containsExactly(List.of("photonic", "analog-topology"), List.of("photonic", "neuromorphic", "gpu-h100"));
        assertThrows(InputException.class, () -> RankCommand.named(List.of("pairs", "photonic+analog-topology")));
        assertThrows(InputException.class, () -> RankCommand.named(List.of("photonic")));
        assertThrows(InputException.class, () -> RankCommand.named(List.of("photonic+photonic")));
    }

    @Test
    void anOptionThatWouldDoNothingIsRefused() {
        // each was accepted and ignored: project samples only a --backend's cost, report draws slides only into --slides
        assertThat(run("project", "--samples", "500")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).startsWith("error: --samples: only with --backend");
        });
        assertThat(run("project", "--seed", "7").err()).startsWith("error: --seed: only with --backend");
        assertThat(run("report", "--slide-type", "png").err()).startsWith("error: --slide-type: only with --slides");
        // past 2^53 the table showed 2^53 for the size asked
        assertThat(run("scale", "--devices", "9007199254740993").err())
                .startsWith("error: --devices: sizes must be at most 2^53");
    }

    @Test
    void anIntegrationPhaseOfCenturiesOrLessThanNothingIsRefusedNamingTheFlag() {
        // 1e308 was taken and shown as a hero month of 1.00e+308 months; -1 was refused without naming the flag
        for (String months : List.of("1e308", "-1", "601")) {
            Run r = run("compose", "photonic+analog-topology", "--integration-months", months);
            assertThat(r.code()).as(months).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).as(months).startsWith("error: --integration-months: must be from 0 to 600 months (50 years), got ");
        }
    }

    @Test
    void aDeviceCountTheCommandWouldReplaceIsRefused() {
        // --deadline solved the count and dropped the --set's; validate took each run's and ignored it
        Run deadline = run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--deadline", "10", "--set", "gpu-h100.devices=5");
        assertThat(deadline.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(deadline.err()).startsWith("error: --deadline and --set gpu-h100.devices: both set gpu-h100's device count");
        // rank and explain take --deadline too (with --set, the baseline's reference kept the 5 while the row used 1,133)
        assertThat(run("rank", "-w", "gpt-3", "-b", "gpu-h100", "--deadline", "10", "--set", "gpu-h100.devices=5").err())
                .startsWith("error: --deadline and --set gpu-h100.devices: both set");
        // a --set on a backend not being sized is no conflict
        assertThat(run("estimate", "-w", "gpt-3", "-b", "tpu-v5p", "--deadline", "10", "--set", "gpu-h100.devices=5").err())
                .doesNotContain("--deadline and");
        Run validate = run("validate", "--set", "gpu-a100.precision-bits=8");
        assertThat(validate.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(validate.err()).startsWith("error: --set gpu-a100.precision-bits: validate takes each run's device count");
    }

    @Test
    void aReportedCompoundOfMembersTheRunDoesNotSelectIsRefusedAsRankRefusesIt() {
        Run r = run("report", "--compose", "photonic+analog-topology", "-b", "gpu-h100");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("error: --compose photonic+analog-topology: photonic is not among the reported backends"
                + " (-b gpu-h100)");
    }

    @Test
    void aValueGivenTwiceOnASweepAxisIsRefused() {
        // each made every row twice
        assertThat(run("sweep", "-w", "gpt-3,gpt-3").err()).startsWith("error: -w gpt-3: given twice; each value of an axis once");
        assertThat(run("sweep", "--devices", "1000,1000").err()).startsWith("error: --devices 1000: given twice");
        // the same number written two ways is named as typed, both ways (it was the parsed 1.0E12)
        assertThat(run("sweep", "--parameters", "1e12,1000000000000").err())
                .startsWith("error: --parameters 1000000000000: given twice (as 1e12 too); each value of an axis once");
        assertThat(run("sweep", "--tokens", "1e13", "--tokens", "1e13").err()).startsWith("error: --tokens 1e13: given twice;");
        assertThat(run("sweep", "--lever-set", "competitive-accelerators", "--lever-set", "competitive-accelerators=0.4").err())
                .startsWith("error: --lever-set competitive-accelerators=0.4: the same levers as --lever-set competitive-accelerators");
    }

    @Test
    void aProjectionBeforeItsModelMeansAnythingIsRefused() {
        // from 1990 the model-size line back from GPT-3 and GPT-4 gave 3.6e-5 parameters, and with --backend an internal error
        Run early = run("project", "--from", "1990", "--to", "2000");
        assertThat(early.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(early.err()).startsWith("error: --from/--to: need 2015 <= from <= to <= 2200, got 1990 to 2000");
        assertThat(run("project", "--explain", "2014").err()).startsWith("error: --explain: need a year from 2015 to 2200");
    }

    @Test
    void completionWritesItsScriptWhereAskedAndHasNoOtherFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path plugins = java.nio.file.Files.createDirectory(dir.resolve("plugins"));
        java.nio.file.Path script = dir.resolve("cambrian.bash");
        // -o was ignored: the script went to stdout and no file was written
        Run written = run("completion", "bash", "--plugins", plugins.toString(), "-o", script.toString());
        assertThat(written.code()).as(written.err()).isEqualTo(ExitCodes.OK);
        assertThat(written.out()).isEmpty();
        assertThat(script).content().contains("complete -F")
                .contains("(\"absolute\" \"relative\")") // new-plugin --kind offered ABSOLUTE RELATIVE, which help does not write
                .contains("(\"bash\" \"zsh\")"); // completion <TAB> offered nothing
        // it writes a script, nothing else: --format and --table are not offered (the help listed six formats it refused)
        assertThat(run("completion", "--format", "json", "--plugins", plugins.toString()).err())
                .startsWith("error: unknown option '--format'");
        assertThat(run("completion", "--table", "1", "--plugins", plugins.toString()).err())
                .startsWith("error: unknown option '--table'");
        // and report's help says what report writes
        assertThat(run("report", "--help").out().replaceAll("\\s+", " ")).contains("Output format: html (the page) or json (its data) (default: html)");
        assertThat(script).content().contains("(\"html\" \"json\")");
    }
}
