package dev.cambrian.benchmarks;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ModelInput;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.PointResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * docs/architecture.md §7: "one backend estimate under 1 us once warm". One call of {@link Estimator#evaluate}: the
 * backend's five models (speedup, energy, hardware, fab investment, timeline) and the energy cost, at
 * the nominal point of the {@code default} scenario on Grok 5. {@code gpu-h100} is absolute;
 * {@code photonic} is relative and reads the baseline's reference run. The call is direct, without
 * the host's guard (whose cost {@link RankBenchmark} shows). {@code explain=false} is how the corners of
 * a range and any sampling call the models (no derivation text); {@code explain=true} is the nominal
 * point an {@code explain} shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PointEstimateBenchmark {
    /** Any loaded backend id may be given with {@code -p backend=...}. */
    @Param({"gpu-h100", "photonic"})
    public String backend;

    /** Whether the models build their derivation steps. */
    @Param({"false", "true"})
    public boolean explain;

    private Fixture fixture;
    private HardwareBackend model;
    private ModelInput input;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.load();
        model = fixture.backend(backend).backend();
        input = fixture.nominalInput(fixture.backend(backend)).explaining(explain);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public PointResult evaluate() {
        return Estimator.evaluate(model, input);
    }
}
