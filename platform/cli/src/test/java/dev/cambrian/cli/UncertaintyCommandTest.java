package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Format;
import dev.cambrian.cli.output.Renderer;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.ChunkPlan;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.Percentiles;
import dev.cambrian.engine.uncertainty.SampledParameter;
import dev.cambrian.engine.uncertainty.Sensitivity;
import dev.cambrian.engine.uncertainty.Subject;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadedBackend;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncertaintyCommandTest {
    private static final Economics ECONOMICS = new Economics(0.10, 2026);
    private static final Workload GPT3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());
    private static final Scenario SCENARIO = new Scenario("test", "test", "good", ECONOMICS, Map.of(), Map.of(), null, Map.of());
    /** "other" runs with a rate the user set: an assumption its JSON lists. */
    private static final Scenario SET_RATE = new Scenario("test", "test", "good", ECONOMICS, Map.of(),
            Map.of("other", Map.of("rate", new Range(1.5e14, 2e14, 3e14))), null, Map.of("other.rate", "--set other.rate"));

    @TempDir
    Path emptyPlugins;

    private record Sampled(UncertaintyResult result, List<Subject> subjects, Evaluation evaluation) {
    }

    private static LoadedBackend loaded(HardwareBackend b) {
        return new LoadedBackend(b.info().id() + "-plugin", "1.0.0", Path.of(b.info().id() + ".jar"), b, b.info(), b.parameters());
    }

    /** What the command does, with backends built here and the host's real guard. */
    private static Sampled sample(Guard guard, int threads, HardwareBackend... backends) {
        return sample(guard, SCENARIO, threads, backends);
    }

    private static Sampled sample(Guard guard, Scenario scenario, int threads, HardwareBackend... backends) {
        List<LoadedBackend> loaded = java.util.Arrays.stream(backends).map(UncertaintyCommandTest::loaded).toList();
        Evaluation evaluation = new Evaluation(guard, scenario, GPT3, loaded);
        List<Subject> subjects = loaded.stream().map(b -> new Subject(b.info(), b.backend(), evaluation.parameters(b))).toList();
        UncertaintyResult result = MonteCarlo.run(subjects, GPT3, ECONOMICS, evaluation.reference().orElse(null),
                new Options(3 * ChunkPlan.CHUNK_SIZE, 1, threads, Figure.TIME), new GuardedCaller(guard, loaded));
        return new Sampled(result, subjects, evaluation);
    }

    @Test
    @DisplayName("through the guard, a plugin that throws mid-run is reported by plugin and backend name; the others finish")
    void aPluginThatThrowsMidRunIsReportedByName() throws Exception {
        try (Guard guard = new Guard(Duration.ofSeconds(10))) {
            Sampled s = sample(guard, 2, new FlakyBackend("good", FlakyBackend.Mode.WORKS, 0),
                    new FlakyBackend("flaky", FlakyBackend.Mode.THROWS, ChunkPlan.CHUNK_SIZE + 10),
                    new FlakyBackend("other", FlakyBackend.Mode.WORKS, 0));
            assertThat(s.result().failures()).singleElement().asString()
                    .startsWith("plugin flaky-plugin, backend flaky: sampling chunk ")
                    .contains("failed: IllegalStateException: flaky model broke at call");
            assertThat(s.result().backends()).extracting(b -> b.backendId()).containsExactlyInAnyOrder("good", "other");

            JsonNode json = new ObjectMapper().readTree(Renderer.render(UncertaintyView.report(s.result(), s.subjects(), SCENARIO,
                    GPT3, s.evaluation().notes(), List.of()), Format.JSON));
            assertThat(json.get("warnings").toString()).contains("failed: plugin flaky-plugin, backend flaky");
            assertThat(json.get("results")).hasSize(2);
        }
    }

    @Test
    @DisplayName("through the guard, a plugin that hangs mid-run is stopped at the time limit and reported; the others finish")
    void aPluginThatHangsIsStoppedAndReported() {
        // 3 s, not 500 ms: on a loaded build machine a working chunk of 4,096 samples outran 500 ms and was cut off too
        try (Guard guard = new Guard(Duration.ofSeconds(3))) {
            Sampled s = sample(guard, 1, new FlakyBackend("good", FlakyBackend.Mode.WORKS, 0),
                    new FlakyBackend("stuck", FlakyBackend.Mode.HANGS, 100));
            assertThat(s.result().failures()).singleElement().asString()
                    .startsWith("plugin stuck-plugin, backend stuck: sampling chunk 1 of 3 did not return within 3000 ms");
            assertThat(s.result().backends()).extracting(b -> b.backendId()).containsExactly("good");
        }
    }

    @Test
    @DisplayName("the JSON contract: trainingTimeSeconds as rank prints it, the engine's figures, validSamples, distribution ids, assumptions")
    void jsonContract() throws Exception {
        try (Guard guard = new Guard(Duration.ofSeconds(10))) {
            Sampled s = sample(guard, SET_RATE, 2, new FlakyBackend("good", FlakyBackend.Mode.WORKS, 0),
                    new FlakyBackend("other", FlakyBackend.Mode.WORKS, 0));
            String text = Renderer.render(UncertaintyView.report(s.result(), s.subjects(), SET_RATE, GPT3, List.of(), List.of()),
                    Format.JSON);
            JsonNode root = new ObjectMapper().readTree(text);
            assertThat(root.get("schema").asText()).isEqualTo("cambrian.uncertainty/v1");
            assertThat(root.get("samples").asInt()).isEqualTo(3 * ChunkPlan.CHUNK_SIZE);
            assertThat(root.get("seed").asLong()).isEqualTo(1);
            assertThat(root.get("rankedBy").asText()).isEqualTo("time");
            assertThat(root.get("infeasibleSamples").asLong()).isZero();
            assertThat(root.get("scenario").get("name").asText()).isEqualTo("test");
            assertThat(root.get("workload").get("id").asText()).isEqualTo("gpt-3");
            assertThat(text).doesNotContain("\"trainingSeconds\"").doesNotContain("log-uniform");
            for (int k = 0; k < 2; k++) {
                BackendUncertainty b = s.result().backends().get(k);
                JsonNode r = root.get("results").get(k);
                assertThat(r.get("backend").asText()).isEqualTo(b.backendId());
                assertThat(r.has("samples")).isFalse();
                assertThat(r.get("validSamples").asInt()).isEqualTo(3 * ChunkPlan.CHUNK_SIZE);
                for (Figure f : Figure.values()) {
                    if (b.of(f) == null) { // carbon and water: this scenario has no environment, so none is sampled
                        assertThat(r.has(f.jsonKey())).as(f.jsonKey()).isFalse();
                        continue;
                    }
                    JsonNode j = r.get(f.jsonKey());
                    assertThat(j.get("p10").asDouble()).isEqualTo(b.of(f).p10());
                    assertThat(j.get("p50").asDouble()).isEqualTo(b.of(f).p50());
                    assertThat(j.get("p90").asDouble()).isEqualTo(b.of(f).p90());
                    assertThat(j.get("mean").asDouble()).isEqualTo(b.of(f).mean());
                }
                assertThat(r.get("trainingTimeSeconds").get("nominal").asDouble()).isEqualTo(b.nominalOrNull().time().trainingSeconds());
                assertThat(r.get("rankProbabilities")).hasSize(2);
                assertThat(r.get("sensitivity").get(0).get("parameter").asText()).isEqualTo("rate");
                assertThat(r.get("sensitivity").get(0).get("spearman").asDouble()).isLessThan(-0.99);
                assertThat(r.get("sampledParameters").get(0).get("sampledAs").asText()).isEqualTo("triangular");
            }
            JsonNode other = root.get("results").get(0).get("backend").asText().equals("other")
                    ? root.get("results").get(0) : root.get("results").get(1);
            assertThat(other.get("assumptions")).singleElement().satisfies(a -> {
                assertThat(a.get("parameter").asText()).isEqualTo("rate");
                assertThat(a.get("unit").asText()).isEqualTo("FLOP/s");
                assertThat(a.get("default").get("low").asDouble()).isEqualTo(1e14);
                assertThat(a.get("value").get("low").asDouble()).isEqualTo(1.5e14);
                assertThat(a.get("origin").asText()).isEqualTo("--set other.rate");
            });
        }
    }

    @Test
    @DisplayName("a figure that does not vary: the table says so instead of naming a parameter, the JSON's spearman is null")
    void aFigureThatDoesNotVaryNamesNoParameter() throws Exception {
        SampledParameter watts = new SampledParameter(1, "watts", "W", Distribution.LOG_UNIFORM, Distribution.LOG_UNIFORM,
                500, 1000, 1500, false);
        Percentiles flat = new Percentiles(10, 10, 10, 10, 10, 10);
        BackendUncertainty b = new BackendUncertainty(new FlakyBackend("flat", FlakyBackend.Mode.WORKS, 0).info(), "current",
                100, 0, flat, flat, flat, null, List.of(1.0), List.of(watts), List.of(new Sensitivity(watts, Double.NaN, 100)),
                List.of(), List.of());
        UncertaintyResult result = new UncertaintyResult(Figure.TIME, 100, 1, ChunkPlan.CHUNK_SIZE, 100, List.of(b), List.of(),
                List.of(), List.of());
        var report = UncertaintyView.report(result, List.of(), SCENARIO, GPT3, List.of(), List.of());
        String table = Renderer.render(report, Format.TABLE);
        assertThat(table).contains("time does not vary").contains("none: time does not vary over the samples")
                .doesNotContain("+0.00").doesNotContain("NaN");
        JsonNode r = new ObjectMapper().readTree(Renderer.render(report, Format.JSON)).get("results").get(0);
        assertThat(r.get("sensitivity").get(0).get("spearman").isNull()).isTrue();
        assertThat(r.get("sampledParameters").get(0).get("declared").asText()).isEqualTo("log_uniform");
    }

    @Test
    @DisplayName("a backend with no valid carbon or water sample shows them as absent; the others keep theirs in every format")
    void aBackendWithoutValidCarbonKeepsTheOthersCarbon() throws Exception {
        SampledParameter watts = new SampledParameter(1, "watts", "W", Distribution.TRIANGULAR, Distribution.TRIANGULAR,
                500, 1000, 1500, false);
        Percentiles spread = new Percentiles(10, 12, 15, 12, 9, 16);
        Percentiles carbon = new Percentiles(100, 120, 150, 120, 90, 160);
        BackendUncertainty with = new BackendUncertainty(new FlakyBackend("with", FlakyBackend.Mode.WORKS, 0).info(), "current",
                100, 0, spread, spread, spread, null, List.of(1.0, 0.0), List.of(watts), List.of(new Sensitivity(watts, 0.5, 100)),
                List.of(), List.of(), carbon, carbon, Map.of(), null, null);
        BackendUncertainty without = new BackendUncertainty(new FlakyBackend("without", FlakyBackend.Mode.WORKS, 0).info(),
                "current", 100, 0, spread, spread, spread, null, List.of(0.0, 1.0), List.of(watts),
                List.of(new Sensitivity(watts, Double.NaN, 100)), List.of("no sample has a valid carbon"), List.of(), null, null,
                Map.of(), null, null);
        UncertaintyResult result = new UncertaintyResult(Figure.CARBON, 100, 1, ChunkPlan.CHUNK_SIZE, 100, List.of(with, without),
                List.of(), List.of(), List.of());
        var report = UncertaintyView.report(result, List.of(), SCENARIO, GPT3, List.of(), List.of());
        String csv = Renderer.render(report, Format.CSV);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("carbon_p50_kgCO2e").contains("water_p50_L");
        int p50 = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("carbon_p50_kgCO2e");
        assertThat(lines.get(1).split(",", -1)[p50]).isEqualTo("120");
        assertThat(lines.get(2).split(",", -1)[p50]).as("absent, not a number").isEmpty();
        String table = Renderer.render(report, Format.TABLE);
        assertThat(table).contains("carbon has no valid sample").contains("none: carbon has no valid sample")
                .doesNotContain("carbon does not vary");
    }

    @Test
    @DisplayName("a backend with no uncertain parameter is shown as fixed, and its rank probability is marked, not shown as certainty")
    void aFixedBackendIsNotShownAsCertain() throws Exception {
        Percentiles spread = new Percentiles(10, 12, 15, 12, 9, 16);
        BackendUncertainty b = new BackendUncertainty(new FlakyBackend("flat", FlakyBackend.Mode.WORKS, 0).info(), "current",
                100, 0, spread, spread, spread, null, List.of(1.0), List.of(), List.of(), List.of(), List.of());
        UncertaintyResult result = new UncertaintyResult(Figure.TIME, 100, 1, ChunkPlan.CHUNK_SIZE, 100, List.of(b), List.of(),
                List.of(), List.of());
        var report = UncertaintyView.report(result, List.of(), SCENARIO, GPT3, List.of(), List.of());
        String table = Renderer.render(report, Format.TABLE);
        assertThat(table).contains("fixed: no uncertainty declared").contains("100.0% (fixed)")
                .contains("take its point claims as exact").doesNotContain("none sampled");
        assertThat(table.lines().filter(l -> l.startsWith("flat")).toList()).allMatch(l -> !l.matches(".*100\\.0%\\s*$"));
        JsonNode r = new ObjectMapper().readTree(Renderer.render(report, Format.JSON)).get("results").get(0);
        assertThat(r.get("uncertaintyDeclared").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("no more plugin calls run at once than there are processors, whatever the number of threads calling")
    void concurrentCallsAreCappedAtTheProcessors() throws Exception {
        int processors = Runtime.getRuntime().availableProcessors();
        List<LoadedBackend> loaded = List.of(loaded(new FlakyBackend("good", FlakyBackend.Mode.WORKS, 0)));
        try (Guard guard = new Guard(Duration.ofSeconds(10))) {
            GuardedCaller caller = new GuardedCaller(guard, loaded);
            AtomicInteger now = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < processors + 3; i++) {
                calls.add(() -> caller.call("good", "test", () -> {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    Thread.sleep(100);
                    now.decrementAndGet();
                    return 1;
                }));
            }
            ExecutorService pool = Executors.newFixedThreadPool(processors + 3);
            try {
                for (Future<Integer> f : pool.invokeAll(calls)) {
                    assertThat(f.get()).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(most.get()).isBetween(1, processors);
        }
    }

    @Test
    @DisplayName("bad --samples, --by or --threads: exit 2 with one line naming the flag and what is accepted")
    void badOptionsExitTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"--samples", "5"}, new String[] {"--samples", "20000000"},
                new String[] {"--by", "hero"}, new String[] {"--threads", "0"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] command = new String[args.length + 3];
            command[0] = "uncertainty";
            command[1] = "--plugins";
            command[2] = emptyPlugins.toString();
            System.arraycopy(args, 0, command, 3, args.length);
            int code = Main.run(command, new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString().lines()).singleElement().asString().startsWith("error: " + args[0] + ": ");
            assertThat(out.toString()).isEmpty();
        }
    }
}
