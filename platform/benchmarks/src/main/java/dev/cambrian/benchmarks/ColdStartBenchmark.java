package dev.cambrian.benchmarks;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Pareto;
import dev.cambrian.engine.estimate.RankKey;
import dev.cambrian.engine.estimate.Ranking;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadReport;
import dev.cambrian.host.PluginHost;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the start-up time of {@code cambrian rank} goes, short of the JVM start itself: each fork is a
 * fresh JVM with the launcher's flags (serial GC, C1 only) and times one cold call. {@link #loadPlugins}
 * is loading the six plugins; {@link #loadAndRank} is that plus the whole rank computation (the table is
 * not rendered). platform/benchmarks/startup.sh measures the real command end to end.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"})
@State(Scope.Benchmark)
public class ColdStartBenchmark {
    /** What one cold rank yields. */
    public record Ranked(LoadReport plugins, List<Estimate> ranked, int paretoSize) {
    }

    private Path pluginsDir;

    @Setup
    public void setUp() {
        pluginsDir = Fixture.pluginsDir();
    }

    @Benchmark
    public LoadReport loadPlugins() {
        try (Guard guard = new Guard(Guard.DEFAULT_TIMEOUT)) {
            return checked(PluginHost.load(pluginsDir, guard));
        }
    }

    @Benchmark
    public Ranked loadAndRank() {
        try (Guard guard = new Guard(Guard.DEFAULT_TIMEOUT)) {
            LoadReport plugins = checked(PluginHost.load(pluginsDir, guard));
            Scenario scenario = BuiltInScenarios.named(BuiltInScenarios.DEFAULT).orElseThrow();
            Workload workload = WorkloadResolver.resolve(WorkloadCatalog.preset(WorkloadCatalog.DEFAULT_ID).orElseThrow());
            Evaluation evaluation = new Evaluation(guard, scenario, workload, plugins.backends());
            List<Estimate> ranked = Ranking.rank(evaluation.estimateAll(plugins.backends()).estimates(), RankKey.TIME);
            return new Ranked(plugins, ranked, Pareto.front(ranked).size());
        }
    }

    private static LoadReport checked(LoadReport plugins) {
        if (!plugins.problems().isEmpty() || plugins.backends().size() != Fixture.EXPECTED_BACKENDS) {
            throw new IllegalStateException("plugins did not all load: " + plugins.problems());
        }
        return plugins;
    }
}
