package dev.cambrian.benchmarks;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ResolvedParameters;
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
 * The engine's range estimate for one backend: {@link Estimator#estimate}, i.e. the nominal point and
 * every corner of the uncertain parameters' ranges, folded into low/nominal/high figures. The setup
 * prints how many model evaluations one estimate makes, so the time per evaluation can be read off.
 * Each operation takes milliseconds, so it warms up longer than {@link PointEstimateBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RangeEstimateBenchmark {
    @Param({"gpu-h100", "photonic"})
    public String backend;

    private Fixture fixture;
    private HardwareBackend model;
    private ResolvedParameters parameters;
    private String scenarioName;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.load();
        model = fixture.backend(backend).backend();
        parameters = fixture.parameters(fixture.backend(backend));
        scenarioName = fixture.scenario.name();
        System.out.println(System.lineSeparator() + "# " + backend + ": " + estimate().evaluations()
                + " model evaluations per range estimate (" + parameters.uncertainIndices().length + " uncertain parameters)");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public Estimate estimate() {
        return Estimator.estimate(model, parameters, fixture.workload, fixture.scenario.economics(), fixture.reference,
                scenarioName);
    }
}
