package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is the user's: exit 2 and one located line on stderr, before any model runs; and the
 * report reaches where it was sent, or the run fails (issue 13).
 */
class UserErrorsIT {
    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    private Installed.Run run(String... args) throws Exception {
        return cambrian.runWith(Map.of("CAMBRIAN_CDS", "0"), work, args);
    }

    private void assertUserError(Installed.Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("a --samples that cannot fit in memory: sweep and project refuse it with one line (exit 2), as uncertainty does")
    void samplesThatCannotFitAreRefusedBySweepAndProject() throws Exception {
        Map<String, String> small = Map.of("CAMBRIAN_CDS", "0", "CAMBRIAN_JAVA_OPTS", "-Xmx256m");
        // 10 million samples of three backends (the baseline among them): gigabytes, against 256 MB
        Installed.Run sweep = cambrian.runWith(small, work, "sweep", "-b", "gpu-h100,photonic,tpu-v5p", "--samples", "10000000",
                "--threads", "1");
        assertThat(sweep.exitCode()).as(sweep.err()).isEqualTo(2);
        assertThat(sweep.out()).isEmpty();
        assertThat(sweep.err()).matches("error: --samples 10,000,000: 3 backend\\(s\\) on 1 thread\\(s\\) need about [0-9,]+ MB for their"
                + " samples, more than the [0-9,]+ MB this Java can give them \\(four fifths of the [0-9,]+ MB free\\); [^\n]*\n");
        // project --backend samples the backend and the baseline, year by year
        Installed.Run project = cambrian.runWith(small, work, "project", "--backend", "photonic", "--samples", "10000000");
        assertThat(project.exitCode()).as(project.err()).isEqualTo(2);
        assertThat(project.out()).isEmpty();
        assertThat(project.err()).matches("error: --samples 10,000,000: 2 backend\\(s\\) on [0-9]+ thread\\(s\\) need about [0-9,]+ MB for"
                + " their samples \\([0-9,]+ MB of it for what later years keep\\), more than the [0-9,]+ MB this Java can give them \\(four fifths of the [0-9,]+ MB free\\);"
                + " [^\n]*\n");
    }

    @Test
    @DisplayName("an electricity price in a scenario file 1,000 times the default or more is warned about, as a --set is")
    void aFarOffElectricityPriceFromAFileIsWarnedAbout() throws Exception {
        Files.writeString(work.resolve("pricey.yaml"), "scenario: pricey\neconomics:\n  electricityUsdPerKwh: 100\n");
        Installed.Run run = run("estimate", "-b", "gpu-h100", "-w", "gpt-3", "--scenario", "pricey.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 100 / 0.081 = 1,235 (BuiltInScenarios' default: EIA's 2024 US industrial average)
        assertThat(run.out()).contains("Warning: pricey.yaml:3:25: electricityUsdPerKwh = 100 USD/kWh is 1,235 times its"
                + " default 0.081 USD/kWh; used as given, but check its unit");
        // sweep and project --backend cost energy at that price too, and said nothing: sweep once on stderr, project per backend
        Installed.Run sweep = run("sweep", "-b", "gpu-h100", "-w", "gpt-3", "--devices", "1024,2048", "--scenario", "pricey.yaml");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        assertThat(sweep.err()).containsOnlyOnce("warning: pricey.yaml:3:25: electricityUsdPerKwh = 100 USD/kWh is 1,235 times");
        Installed.Run project = run("project", "--backend", "photonic", "--samples", "200", "--scenario", "pricey.yaml");
        assertThat(project.exitCode()).as(project.err()).isZero();
        assertThat(project.out()).contains("Warning: photonic: pricey.yaml:3:25: electricityUsdPerKwh = 100 USD/kWh is 1,235 times");
        // levers and audit said nothing of the price, nor of a value the user gave (estimate lists it as an Assumption)
        for (String command : new String[] {"levers", "audit", "plan"}) {
            Installed.Run other = run(command, "-w", "gpt-3", "-b", "gpu-h100", "--scenario", "pricey.yaml", "--set",
                    "gpu-h100.pue=1.3");
            assertThat(other.exitCode()).as(command + ": " + other.err()).isZero();
            assertThat(other.out()).as(command).contains("pricey.yaml:3:25: electricityUsdPerKwh = 100 USD/kWh is 1,235 times")
                    .contains("Assumption: gpu-h100.pue = 1.3 (default 1.2 (1.1-1.56)) from --set gpu-h100.pue");
        }
        Installed.Run json = run("audit", "-w", "gpt-3", "-b", "gpu-h100", "--scenario", "pricey.yaml", "--set", "gpu-h100.pue=1.3",
                "--format", "json");
        var given = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("scenario").get("parameters");
        assertThat(given).hasSize(1);
        assertThat(given.get(0).get("backend").asText() + "." + given.get(0).get("parameter").asText() + " = "
                + given.get(0).get("value").get("nominal").asDouble() + " from " + given.get(0).get("origin").asText())
                .isEqualTo("gpu-h100.pue = 1.3 from --set gpu-h100.pue");
        Files.writeString(work.resolve("fair.yaml"), "scenario: fair\neconomics:\n  electricityUsdPerKwh: 0.2\n");
        assertThat(run("estimate", "-b", "gpu-h100", "-w", "gpt-3", "--scenario", "fair.yaml").out())
                .doesNotContain("electricityUsdPerKwh =");
    }

    @Test
    @DisplayName("a run without any result (exit 1) leaves an -o file as it was: empty tables do not replace a good result")
    void aRunWithoutAResultLeavesTheOutputFileAlone() throws Exception {
        for (String command : new String[] {"rank", "estimate", "explain", "uncertainty"}) {
            Path file = work.resolve(command + ".csv");
            Files.writeString(file, "OLD\n");
            // no answer: a deadline no device count meets, or (uncertainty) a cluster the model cannot fit in memory
            Installed.Run run = command.equals("uncertainty")
                    ? run(command, "-b", "gpu-h100", "--set", "gpu-h100.devices=8", "--samples", "100", "--format", "csv", "-o",
                            file.toString())
                    : run(command, "-b", "gpu-h100", "--deadline", "1e-9", "--format", "csv", "-o", file.toString());
            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(1);
            assertThat(run.err()).as(command).startsWith("error: ");
            assertThat(Files.readString(file)).as(command).isEqualTo("OLD\n");
        }
        // plan with no layout in memory on 8 devices replaced the file with empty tables
        Path planned = work.resolve("plan.txt");
        Files.writeString(planned, "OLD\n");
        Installed.Run plan = run("plan", "-o", planned.toString(), "-w", "custom", "--parameters", "1e15", "--tokens", "1e13",
                "-b", "gpu-h100", "--set", "gpu-h100.devices=8");
        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(1);
        assertThat(Files.readString(planned)).isEqualTo("OLD\n");
    }

    @Test
    @DisplayName("serve refuses the output options it has no use for: -o was accepted and no file written")
    void serveRefusesOutputOptions() throws Exception {
        assertUserError(run("serve", "--port", "0", "--format", "csv", "-o", "served.out"), "--format: serve answers in the"
                + " browser, so it writes no report; 'cambrian report' writes the page to a file");
        assertThat(work.resolve("served.out")).doesNotExist();
    }

    @Test
    @DisplayName("uncertainty --table naming no table it writes is refused before the run, not after it")
    void anUnknownUncertaintyTableIsRefusedFirst() throws Exception {
        assertUserError(run("uncertainty", "--table", "nope", "--format", "csv", "--samples", "10000000"),
                "--table: no table 'nope' in this output; accepted: percentiles, ranks, sensitivity");
    }

    @Test
    @DisplayName("project without --backend says a scenario file's workload and backend values go unread")
    void projectSaysWhatItDoesNotRead() throws Exception {
        Files.writeString(work.resolve("pod.yaml"), "scenario: pod\nparameters:\n  gpu-h100:\n    devices: 16384\n");
        Installed.Run run = run("project", "--scenario", "pod.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Scenario pod: its backend parameters are not read without --backend");
        assertThat(run("project").out()).doesNotContain("are not read without --backend");
        // a built-in scenario's own switch (seed-arithmetic under seed-current) is not a value the user gave
        assertThat(run("project", "--scenario", "seed-current").out()).doesNotContain("are not read without --backend");
    }

    @Test
    @DisplayName("report --slides refuses a symbolic link of a slide's type in its folder: a slide was written through it")
    void aSlideIsNeverWrittenThroughALink() throws Exception {
        Path folder = Files.createDirectories(work.resolve("linked"));
        Path scenario = Files.writeString(folder.resolve("sc.yaml"), "scenario: linked\n");
        Files.createSymbolicLink(folder.resolve("rank-time.svg"), Path.of("sc.yaml"));
        assertUserError(run("report", "--scenario", scenario.toString(), "-b", "gpu-h100", "--samples", "100", "-o",
                folder.resolve("r.html").toString(), "--slides", folder.toString()), "--slides " + folder + ": rank-time.svg is"
                + " a symbolic link; a slide of that name would be written through it into what it points to; remove it or"
                + " give another folder");
        assertThat(Files.readString(scenario)).isEqualTo("scenario: linked\n");
        assertThat(folder.resolve("r.html")).doesNotExist();
    }

    @Test
    @DisplayName("rank --compose pairs ranks every pair of the thirty; --compose all over them is refused before any model runs")
    void composePairsHasNoLimitAndAllIsRefusedUpFront() throws Exception {
        Installed.Run pairs = run("rank", "--compose", "pairs");
        assertThat(pairs.exitCode()).as(pairs.err()).isZero();
        // 30 x 29 / 2 compounds ranked (it was refused, after every backend had been estimated, as too many combinations)
        assertThat(pairs.out().lines().filter(l -> l.matches("\\d+ +[a-z0-9-]+\\+[a-z0-9+-]+ .*")).count()).isEqualTo(435);
        assertUserError(run("rank", "--compose", "all"), "--compose all: 30 backends make 1,073,741,793 combinations; choose"
                + " up to 16 with -b, or use --compose pairs");
    }

    @Test
    @DisplayName("values a parameter cannot take are the user's error, located: --set and scenario files")
    void outOfBoundsValues() throws Exception {
        // 0 is the utilization model's own value ("from the fitted model"); above 1 is impossible
        assertUserError(run("rank", "--set", "gpu-h100.utilization=1.5"),
                "--set gpu-h100.utilization: gpu-h100.utilization must be within [0, 1], got 1.5");
        // a range from 0 mixed the fitted model (0) with near-zero draws: uncertainty gave times of years
        Path mixed = work.resolve("mixed.yaml");
        Files.writeString(mixed, "parameters:\n  gpu-h100:\n    utilization: {low: 0, nominal: 0, high: 0.5}\n");
        assertUserError(run("uncertainty", "-b", "gpu-h100", "--scenario", mixed.toString()),
                mixed + ":3:18: gpu-h100.utilization is 0 for the fitted utilization model or a fraction above 0"
                        + " that replaces it, and a range from 0 to 0.5 mixes the two (its draws near 0 would be near-zero"
                        + " utilizations); give a range above 0 (as 0.2-0.5) or 0 alone");
        assertUserError(run("rank", "--set", "gpu-h100.include-failures=2"),
                "--set gpu-h100.include-failures: gpu-h100.include-failures must be within [0, 1], got 2.0");
        // no number format has 3 bits: rank dropped gpu-h100 with a warning (exit 0), estimate -b gpu-h100 exited 1
        assertUserError(run("rank", "--set", "gpu-h100.precision-bits=3"),
                "--set gpu-h100.precision-bits: gpu-h100.precision-bits must be one of 4, 8, 16 or 32 bit, got 3.0");
        Files.writeString(work.resolve("bits.yaml"), "parameters:\n  gpu-h100:\n    precision-bits: {low: 8, nominal: 16, high: 32}\n");
        assertUserError(run("uncertainty", "--scenario", "bits.yaml"), "bits.yaml:3:21: gpu-h100.precision-bits takes one value,"
                + " one of 4, 8, 16 or 32, not a range; got 8.0 / 16.0 / 32.0");
        Files.writeString(work.resolve("pue.yaml"), "parameters:\n  gpu-h100:\n    pue: 0\n");
        assertUserError(run("rank", "--scenario", "pue.yaml"), "pue.yaml:3:10: gpu-h100.pue must be at least 1, got 0.0");
        Files.writeString(work.resolve("fast.yaml"), "parameters:\n  gpu-a100:\n    utilization: 5\n");
        assertUserError(run("rank", "--scenario", "fast.yaml"),
                "fast.yaml:3:18: gpu-a100.utilization must be within [0, 1], got 5.0");
    }

    @Test
    @DisplayName("scenario files: year, baseline, profiles, nesting and long numbers located, no Jackson internals")
    void scenarioFileErrors() throws Exception {
        Files.writeString(work.resolve("year.yaml"), "economics: {year: 0}\n");
        assertUserError(run("rank", "--scenario", "year.yaml"), "year.yaml:1:19: economics.year: must be between 1990 and 2200, got 0");
        Files.writeString(work.resolve("baseline.yaml"), "baseline: nope\n");
        assertThat(run("rank", "--scenario", "baseline.yaml").err())
                .startsWith("error: baseline.yaml:1:11: baseline: no backend 'nope' is loaded; loaded: ");
        // a relative baseline left every relative backend without a reference, exit 0
        Files.writeString(work.resolve("relative.yaml"), "extends: default\nbaseline: photonic\n");
        assertUserError(run("rank", "--scenario", "relative.yaml"), "relative.yaml:2:11: baseline: photonic is a relative backend"
                + " (its figures are a baseline's scaled); the baseline must be an absolute one, with devices of its own, e.g. gpu-h100");
        // '*' with a profile no backend declares changed nothing, and every result's profile was null
        Files.writeString(work.resolve("anyprofile.yaml"), "profiles:\n  \"*\": nope\n");
        assertThat(run("rank", "--scenario", "anyprofile.yaml").err())
                .startsWith("error: anyprofile.yaml:2:8: profiles: no loaded backend declares a profile 'nope'; they declare: ");
        Files.writeString(work.resolve("profiles.yaml"), "profiles:\n  nope: current\n");
        assertThat(run("rank", "--scenario", "profiles.yaml").err())
                .startsWith("error: profiles.yaml:2:9: profiles: no backend 'nope' is loaded; loaded: ");
        Files.writeString(work.resolve("profile.yaml"), "profiles:\n  gpu-h100: nope\n");
        assertUserError(run("rank", "--scenario", "profile.yaml"),
                "profile.yaml:2:13: backend gpu-h100 has no profile 'nope'; it has: current, enhanced, seed-000");
        Files.writeString(work.resolve("workload.yaml"), "workload:\n  parameters: 1e9\n  activeParameters: 2e9\n");
        assertUserError(run("rank", "--scenario", "workload.yaml"),
                "workload.yaml:2:3: workload: 2.00e+09 active parameters per token, more than the 1.00e+09 in all");
        Files.writeString(work.resolve("deep.json"), "{\"parameters\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(41));
        Installed.Run deep = run("rank", "--scenario", "deep.json");
        assertThat(deep.exitCode()).isEqualTo(2);
        assertThat(deep.err()).startsWith("error: deep.json:1:").endsWith(": nested deeper than 32 levels\n");
        // Jackson's and Java's words: "java.io.CharConversionException: Invalid UTF-8 start byte 0xff", "[Source: REDACTED
        // (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled)", "enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS"
        Files.write(work.resolve("latin1.yaml"), new byte[] {(byte) 0xff, 'x', ':', ' ', '1', '\n'});
        assertUserError(run("rank", "--scenario", "latin1.yaml"), "latin1.yaml:1:1: not UTF-8 text; save the file as UTF-8");
        Files.writeString(work.resolve("nan.json"), "{\"economics\": {\"electricityUsdPerKwh\": NaN}}");
        assertThat(run("rank", "--scenario", "nan.json").err()).startsWith("error: nan.json:1:")
                .contains("a number must be finite").doesNotContain("JsonReadFeature");
        Files.writeString(work.resolve("comment.json"), "{ // ours\n}");
        assertThat(run("rank", "--scenario", "comment.json").err()).contains("JSON has no comments").doesNotContain("Feature");
        Files.writeString(work.resolve("cut.json"), "{\"economics\": {");
        assertThat(run("rank", "--scenario", "cut.json").err()).startsWith("error: cut.json:").doesNotContain("Source", "REDACTED");
        Files.createDirectories(work.resolve("folder.yaml"));
        assertUserError(run("rank", "--scenario", "folder.yaml"), "folder.yaml: a folder, not a file");
        Files.writeString(work.resolve("long.yaml"), "parameters:\n  gpu-h100:\n    devices: " + "9".repeat(200) + "\n");
        Installed.Run longNumber = run("rank", "--scenario", "long.yaml");
        assertThat(longNumber.exitCode()).isEqualTo(2);
        assertThat(longNumber.err()).startsWith("error: long.yaml:3:").endsWith(": a number longer than 100 characters\n")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    @DisplayName("a --set for a backend neither run nor the baseline is refused: it changed nothing")
    void aSetForABackendNotRunIsRefused() throws Exception {
        for (String command : new String[] {"estimate", "rank", "explain", "audit", "plan", "uncertainty", "report", "project",
                "levers", "sweep"}) {
            assertUserError(run(command, "-b", "photonic", "--set", "gpu-b200.devices=5"), "--set gpu-b200.devices: gpu-b200 is"
                    + " not run here (this run: photonic) and is not the baseline gpu-h100; this value would not be used");
        }
        assertUserError(run("compose", "photonic+ analog-topology", "--set", "gpu-b200.devices=5"), "--set gpu-b200.devices:"
                + " gpu-b200 is not run here (this run: photonic, analog-topology) and is not the baseline gpu-h100; this value would"
                + " not be used");
        assertUserError(run("levers", "--set", "gpu-b200.devices=5"), "--set gpu-b200.devices: gpu-b200 is not run here (only"
                + " the baseline is) and is not the baseline gpu-h100; this value would not be used");
        // plan's 'all' is the absolute backends: a relative one's value was accepted and used nowhere
        assertUserError(run("plan", "--set", "photonic.units=5"), "--set photonic.units: photonic makes no parallel plan (only"
                + " the absolute backends do) and is not the baseline; this value would not be used");
        // a sweep over scenarios with different baselines uses a value for any of them
        Files.writeString(work.resolve("b200.yaml"), "scenario: b200\nbaseline: gpu-b200\n");
        Installed.Run twoBaselines = run("sweep", "-w", "gpt-3", "--scenario", "default,b200.yaml", "-b", "photonic", "--set",
                "gpu-b200.utilization=0.3", "--format", "csv");
        assertThat(twoBaselines.exitCode()).as(twoBaselines.err()).isZero();
        assertUserError(run("sweep", "-w", "gpt-3", "--scenario", "default,b200.yaml", "-b", "photonic", "--set",
                "tpu-v7.utilization=0.3", "--format", "csv"), "--set tpu-v7.utilization: tpu-v7 is not run here (this run:"
                + " photonic) and is not the baseline gpu-b200 or gpu-h100; this value would not be used");
        // the baseline's values reach the relative backends: kept
        // a compound where a backend is expected: pointed at the commands that compose
        assertThat(run("estimate", "-b", "photonic+analog-topology").err()).startsWith("error: -b/--backend: no backend"
                + " 'photonic+analog-topology' is loaded (a compound A+B is composed by 'cambrian compose photonic+analog-topology'");
        // the seed's headline moves nothing of the default model: said, not listed "in force" in silence
        Installed.Run headline = run("estimate", "-w", "gpt-3", "-b", "photonic", "--set", "photonic.speedup=1e6");
        assertThat(headline.exitCode()).as(headline.err()).isZero();
        assertThat(headline.out()).contains("Warning: photonic: --set photonic.speedup: speedup is the seed's claim, read by"
                + " the seed arithmetic");
        Installed.Run baseline = run("estimate", "-b", "photonic", "--set", "gpu-h100.devices=20000");
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();
    }

    @Test
    @DisplayName("the absolute kit's parameters hold values they can take: scale-up domain, top-k, year, deployment, shape")
    void kitParametersAreBounded() throws Exception {
        // each ran with exit 0 (a 0-device domain, 0.5 experts, year 1e308, a 1e308-month hero) or was exit 1 "Infinity EB"
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.scale-up-domain=0"),
                "--set gpu-h100.scale-up-domain: gpu-h100.scale-up-domain must be at least 1 devices, got 0.0");
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.scale-up-domain=2.5"),
                "--set gpu-h100.scale-up-domain: gpu-h100.scale-up-domain takes a whole number (devices), got 2.5");
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.moe-top-k=0.5"),
                "--set gpu-h100.moe-top-k: gpu-h100.moe-top-k takes a whole number (experts), got 0.5");
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.first-available-year=1e308"),
                "--set gpu-h100.first-available-year: gpu-h100.first-available-year must be within [1990, 2200] year, got 1.0E308");
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.deployment-months=1e308"),
                "--set gpu-h100.deployment-months: gpu-h100.deployment-months must be within [0, 600] month, got 1.0E308");
        // "times fewer": 1e-300 made 9,223,372,036,854,775,807 devices, exit 0 (API 1.4.3)
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "probabilistic-training", "--set",
                "probabilistic-training.effective-device-reduction=1e-300"), "--set probabilistic-training.effective-device-reduction:"
                + " probabilistic-training.effective-device-reduction must be at least 1 x, got 1.0E-300");
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "gpu-h100", "--set", "gpu-h100.model-aspect-ratio=1e308"),
                "--set gpu-h100.model-aspect-ratio: with this value backend gpu-h100 has no valid estimate (memory per device of"
                        + " the most frugal layout (B) must be a finite number, got Infinity)");
    }

    @Test
    @DisplayName("a value of the user's that makes a model overflow is their input (exit 2, located), not a broken plugin (exit 3)")
    void aUsersValueThatBreaksTheArithmeticIsBadInput() throws Exception {
        assertUserError(run("estimate", "-b", "gpu-h100", "--set", "gpu-h100.pue=1e308"), "--set gpu-h100.pue: with this value"
                + " backend gpu-h100 has no valid estimate (energy must be a finite number, got Infinity)");
        // the baseline's reference run, made whether or not gpu-h100 is selected: a note naming the value, and the
        // backends that need no reference still run
        Path pue = work.resolve("overflow.yaml");
        Files.writeString(pue, "parameters:\n  gpu-h100:\n    pue: 1e308\n");
        Installed.Run relative = run("rank", "-b", "photonic", "--scenario", pue.toString());
        assertThat(relative.exitCode()).as(relative.err()).isEqualTo(1);
        assertThat(relative.out()).contains("baseline gpu-h100 gave no reference (baseline estimate failed: invalid result:"
                + " energy must be a finite number, got Infinity, with the value of " + pue + ":3:10)");
        Installed.Run absolute = run("rank", "-b", "tpu-v5p", "--scenario", pue.toString());
        assertThat(absolute.exitCode()).as(absolute.err()).isEqualTo(0);
        // settings given twice with different values: the last won without a word
        assertUserError(run("compose", "photonic+analog-topology", "--assign", "dense-matmul=photonic,dense-matmul=analog-topology"),
                "--assign dense-matmul=analog-topology: dense-matmul is also pinned to photonic; pin it once");
        assertUserError(run("project", "--growth", "it-spending=0.1,it-spending=0.2"),
                "--growth it-spending=0.2: it-spending is also given by --growth it-spending=0.1; give it once");
        // more experts than parameters: a hundred-thousandth of a parameter per token, planned without a word
        assertUserError(run("plan", "-b", "gpu-h100", "-w", "custom", "--parameters", "10", "--experts", "1000000"),
                "-w custom --parameters 10 --experts 1000000: 1.00e-05 active parameters per token of 10.0 in all: give"
                        + " at least 1 (fewer --experts, or --active-parameters)");
        // the scenario file's electricity price overflows every cost: the file's line, not the plugins (exit 3)
        Path price = work.resolve("price.yaml");
        Files.writeString(price, "economics:\n  electricityUsdPerKwh: 1e308\n");
        Installed.Run priced = run("rank", "-b", "gpu-h100", "--scenario", price.toString());
        assertThat(priced.exitCode()).as(priced.err()).isEqualTo(2);
        assertThat(priced.err()).startsWith("error: " + price + ":2:25: with this value backend gpu-h100 has no valid estimate");
        // an environment factor that overflows the footprint was an internal error
        assertUserError(run("estimate", "-b", "gpu-h100", "--wue", "1e308"), "--wue, --market-intensity or the scenario's"
                + " environment: with the factors given, backend gpu-h100's carbon or water is not a finite number"
                + " (low must be a finite number, got Infinity)");
        // the backend's own value breaking its footprint: the line named the environment's flags, none of them given
        assertUserError(run("estimate", "-w", "gpt-3", "-b", "photonic", "--set", "photonic.embodied-kgco2e-per-device=1e308"),
                "--set photonic.embodied-kgco2e-per-device (or the environment's factors): with this value, backend photonic's"
                        + " carbon or water is not a finite number (low must be a finite number, got Infinity)");
        // the same values sampled: an internal error (an infinite percentile), a plugin failure (exit 3), or the backend
        // silently left out of a list (exit 0); now what estimate says
        assertUserError(run("uncertainty", "--samples", "200", "-w", "gpt-3", "-b", "photonic", "--set",
                "photonic.embodied-kgco2e-per-device=1e307"), "--set photonic.embodied-kgco2e-per-device (or the environment's"
                + " factors): with this value, backend photonic's carbon or water is not a finite number (low must be a finite"
                + " number, got Infinity)");
        assertUserError(run("uncertainty", "--samples", "200", "-w", "gpt-3", "-b", "gpu-h100,gpu-b200", "--set",
                "gpu-h100.pue=1e300"), "--set gpu-h100.pue: with this value backend gpu-h100 has no valid estimate (energy must"
                + " be a finite number, got Infinity)");
        assertUserError(run("project", "--backend", "photonic", "--samples", "200", "--set", "gpu-h100.pue=1e300"),
                "--set gpu-h100.pue: with this value backend gpu-h100 has no valid estimate (energy must be a finite number,"
                        + " got Infinity)");
        // a page that cannot be written (a full disk) left every slide written behind it
        if (Files.exists(Path.of("/dev/full"))) {
            Path deck = work.resolve("deck");
            Installed.Run full = run("report", "-b", "gpu-h100", "--samples", "100", "--slides", deck.toString(), "-o", "/dev/full");
            assertThat(full.exitCode()).as(full.err()).isEqualTo(2);
            assertThat(deck).doesNotExist();
        }
        // a slide that cannot be written (a folder of its name): the page and four slides were written, and the error
        // named --chart, which was not given
        Path blocked = Files.createDirectories(work.resolve("blocked").resolve("rank-water.svg")).getParent();
        Path page = work.resolve("blocked-page.html");
        assertUserError(run("report", "-w", "gpt-3", "-b", "gpu-h100", "--samples", "100", "--slides", blocked.toString(), "-o",
                page.toString()), "--slides " + blocked.resolve("rank-water.svg") + ": cannot write: it is a folder");
        assertThat(page).doesNotExist();
        try (var left = Files.list(blocked)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("rank-water.svg");
        }
        // a sweep's --devices and a device count given to one backend: rows labelled with counts never computed
        assertUserError(run("sweep", "-b", "gpu-h100", "-w", "gpt-3", "--devices", "1000,2000", "--set", "gpu-h100.devices=5000"),
                "--devices and --set gpu-h100.devices: both set gpu-h100's device count; give one");
        // a YAML alias read as its name would have been the backend 'gpu'
        Path alias = work.resolve("alias.yaml");
        Files.writeString(alias, "baseline: *gpu\n");
        assertUserError(run("rank", "--scenario", alias.toString()), alias + ":1:11: YAML aliases (*gpu) are not supported;"
                + " write the value out");
    }

    @Test
    @DisplayName("validate --runs: a backend the file names that no plugin has is located, not 'too few runs' (exit 1)")
    void validateRunsOnABackendNotLoaded() throws Exception {
        String header = "id,model,organisation,date,architecture,total_parameters,active_parameters,experts,tokens,device_published,"
                + "backend,device_count,precision,device_hours,wall_days,energy_mwh,energy_basis,source_key,source_location,derived,notes";
        Files.writeString(work.resolve("runs.csv"), header + "\nrun-1,Test 7B,Lab,2023-02,dense,7e9,7e9,1,1e12,NVIDIA H100,gpu-h10,"
                + "1000,bf16,100000,,,,key,Table 1,,\n");
        Installed.Run r = run("validate", "--runs", "runs.csv");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: runs.csv:2: column backend: no backend 'gpu-h10' is loaded (did you mean"
                + " 'gpu-h100'?); loaded: ").doesNotContain("\n" + "error");
    }

    @Test
    @DisplayName("found by a hostile run of every command: each was an internal error, a silent wrong figure or a silent exit")
    void valuesPastWhatTheArithmeticHolds() throws Exception {
        assertUserError(run("project", "--growth", "us-gdp=1e300"), "--growth us-gdp=1e300: the line's value in 2020 would not"
                + " be a finite number above 0; give a rate nearer 0 (0.1 = 10%/year)");
        assertUserError(run("estimate", "-b", "gpu-h100", "--set", "gpu-h100.devices=1e30"), "--set gpu-h100.devices:"
                + " gpu-h100.devices takes a whole number (devices) of at most 2^53 = 9,007,199,254,740,992, got 1.0E30");
        // 2^53 + 1 written out was read as 2^53 without a word (a double skips whole numbers there)
        String skipped = "9007199254740993 is a whole number a double cannot hold (past 2^53 = 9,007,199,254,740,992 it skips"
                + " whole numbers): it would be read as 9007199254740992";
        assertUserError(run("estimate", "-b", "gpu-h100", "--set", "gpu-h100.devices=9007199254740993"),
                "--set gpu-h100.devices=9007199254740993: " + skipped);
        Path big = work.resolve("big.yaml");
        Files.writeString(big, "parameters:\n  gpu-h100:\n    devices: 9007199254740993\n");
        assertUserError(run("estimate", "-b", "gpu-h100", "--scenario", big.toString()), big + ":3:14: parameters.gpu-h100.devices: "
                + skipped);
        // sweep set the count on every backend and was refused in --set's words, naming a backend it did not sweep
        assertUserError(run("sweep", "-w", "gpt-3", "-b", "gpu-h100", "--devices", "9007199254740994"), "--devices: counts must"
                + " be at most 2^53 = 9,007,199,254,740,992 (a double skips whole numbers past it), got 9,007,199,254,740,994");
        // this pue's upper-side draws all came out 1 when the draw squared the width, with no word: now it is sampled
        Path wide = work.resolve("wide.yaml");
        Files.writeString(wide, "parameters:\n  gpu-h100:\n    pue: {low: 1, nominal: 1.1, high: 1e155}\n");
        Installed.Run sampled = run("uncertainty", "-b", "gpu-h100", "--samples", "2000", "--scenario", wide.toString(), "--format", "json");
        assertThat(sampled.exitCode()).as(sampled.err()).isZero();
    }

    @Test
    @DisplayName("sweep: an untitled table renders as HTML; a sweep with no figure says so on stderr; an edited part is refused")
    void sweepOutcomes() throws Exception {
        Installed.Run html = run("sweep", "-b", "gpu-h100", "--devices", "20000", "--format", "html");
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<title>Cambrian</title>");
        Installed.Run none = run("sweep", "-b", "gpu-h100", "--devices", "1024");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("error: no point of the sweep has a figure: each is infeasible or failed (the detail"
                + " column says why)\n");
        // the first part's points have no figure: the part is whole all the same
        for (int i = 1; i <= 2; i++) {
            Installed.Run part = run("sweep", "-b", "gpu-h100", "--devices", "1024,20000", "--format", "csv", "--shard", i + "/2",
                    "-o", "p" + i + ".csv");
            assertThat(part.exitCode()).as(part.err()).isZero();
        }
        Path first = work.resolve("p1.csv");
        Files.writeString(first, Files.readString(first).replace("infeasible", "ok"));
        assertUserError(run("merge", "p1.csv", "p2.csv"), "p1.csv: changed since it was written (its shard and content do not"
                + " match the SHA-256 in its first line); make this part again with the same command and --shard 1/2");
    }

    @Test
    @DisplayName("picocli's conversion errors are one line in plain words")
    void conversionErrors() throws Exception {
        assertUserError(run("rank", "--deadline", "abc"), "--deadline: expected a number, got 'abc' (see 'cambrian rank --help')");
    }

    @Test
    @DisplayName("output: a folder is refused by name, '-' and /dev/stdout write through, a full disk fails the run")
    void outputTargets() throws Exception {
        assertUserError(run("scenarios", "--output", "/"), "--output /: cannot write: it is a folder");
        Installed.Run dash = run("scenarios", "--output", "-");
        assertThat(dash.exitCode()).as(dash.err()).isZero();
        assertThat(dash.out()).contains("seed-current");
        Installed.Run devStdout = run("scenarios", "--output", "/dev/stdout");
        assertThat(devStdout.exitCode()).as(devStdout.err()).isZero();
        assertThat(devStdout.out()).isEqualTo(dash.out());
        Installed.Run devNull = run("scenarios", "--output", "/dev/null");
        assertThat(devNull.exitCode()).as(devNull.err()).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    @DisplayName("a refused command writes nothing: -o is checked before the chart or the slides, and never replaces an input")
    void aRefusedCommandWritesNothing() throws Exception {
        assertUserError(run("rank", "--chart", "c.svg", "-o", "/"), "--output /: cannot write: it is a folder");
        assertUserError(run("report", "--slides", "slides", "-o", "/"), "--output /: cannot write: it is a folder");
        assertUserError(run("rank", "-b", "gpu-h100", "--chart", "c.svg", "--format", "csv", "--table", "nope"),
                "--table: no table 'nope' in this output; accepted: results");
        assertThat(work.resolve("c.svg")).doesNotExist();
        assertThat(work.resolve("slides")).doesNotExist();
        String pod = "parameters:\n  gpu-h100:\n    devices: 16384\n";
        Files.writeString(work.resolve("pod.yaml"), pod);
        Files.createSymbolicLink(work.resolve("link.yaml"), work.resolve("pod.yaml"));
        assertUserError(run("rank", "--scenario", "link.yaml", "-o", "pod.yaml"), "--output pod.yaml and --scenario link.yaml are"
                + " the same file: the output would replace what the command reads; write it elsewhere");
        assertThat(work.resolve("pod.yaml")).hasContent(pod);
    }

    @Test
    @DisplayName("cambrian rank > /dev/full fails instead of exiting 0 having written nothing")
    void aFailedWriteToStdoutFails() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cambrian.home.resolve("bin/cambrian").toString(), "scenarios")
                .directory(work.toFile()).redirectOutput(new java.io.File("/dev/full"));
        pb.environment().put("CAMBRIAN_CDS", "0");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isEqualTo(2);
        assertThat(err).isEqualTo("error: cannot write to standard output (disk full, or the reader went away?)\n");
    }

    @Test
    @DisplayName("JSON lines end in \\n whatever line.separator says (a Java without the sandbox lets a plugin set it)")
    void jsonIgnoresLineSeparator() throws Exception {
        Installed.Run run = cambrian.runWith(Map.of("CAMBRIAN_CDS", "0", "CAMBRIAN_JAVA_OPTS", "-Dline.separator=\r\n"), work,
                "scenarios", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n  \"schema\"").doesNotContain("\r");
    }
}
