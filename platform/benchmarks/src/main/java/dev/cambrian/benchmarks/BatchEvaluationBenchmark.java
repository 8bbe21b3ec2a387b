package dev.cambrian.benchmarks;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.uncertainty.ChunkPlan;
import dev.cambrian.host.LoadedBackend;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batch SPI on one core (issue 14: at least 10M backend-evaluations per second per core for
 * gpu-h100 and for a relative backend). One operation is one backend-evaluation: the five models of
 * one sample (time, energy, hardware and operations cost, investment, hero month) through their batch
 * methods, a batch being one Monte Carlo chunk of {@value ChunkPlan#CHUNK_SIZE} samples whose uncertain
 * parameters were drawn beforehand (uniformly over their ranges in force, as the drawing is not the
 * models' work). A relative backend's batch carries a baseline that differs per sample, as Monte Carlo
 * hands it the baseline's own draws. The backend is called directly, on the benchmark's one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BatchEvaluationBenchmark {
    static final int SIZE = ChunkPlan.CHUNK_SIZE;

    @Param({"gpu-h100", "photonic"})
    public String backend;

    private Fixture fixture;
    private HardwareBackend models;
    private ModelBatch batch;
    private final double[] seconds = new double[SIZE];
    private final double[] joules = new double[SIZE];
    private final double[] hardware = new double[SIZE];
    private final double[] operations = new double[SIZE];
    private final double[] investment = new double[SIZE];
    private final double[] hero = new double[SIZE];

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.load();
        LoadedBackend b = fixture.backend(backend);
        models = b.backend();
        ResolvedParameters params = fixture.parameters(b);
        SplittableRandom rng = new SplittableRandom(1);
        double[] nominal = params.nominal().toArray();
        double[][] columns = new double[nominal.length][SIZE];
        boolean[] varies = new boolean[nominal.length];
        for (int p : params.uncertainIndices()) {
            varies[p] = true;
        }
        for (int p = 0; p < nominal.length; p++) {
            Parameter parameter = params.parameters().get(p);
            for (int i = 0; i < SIZE; i++) {
                double v = varies[p] ? parameter.range().low() + rng.nextDouble() * (parameter.range().high() - parameter.range().low())
                        : nominal[p];
                columns[p][i] = parameter.integer() ? Math.rint(v) : v;
            }
        }
        ModelInput template = new ModelInput(fixture.workload, params.nominal(), fixture.scenario.economics(), fixture.reference,
                false);
        batch = new ModelBatch(template, new ParameterBatch(params.space(), columns, SIZE, varies), models.speedup(),
                baselineDraws(rng));
        evaluate();
        for (double s : seconds) {
            if (!(s > 0)) {
                throw new IllegalStateException(backend + ": a sample has no valid time (" + s + "); the benchmark would measure less work");
            }
        }
    }

    /** The reference run scaled per sample by factors in [0.8, 1.25), as the baseline's own draws would move it. */
    private ReferenceColumns baselineDraws(SplittableRandom rng) {
        double[][] c = new double[4][SIZE];
        double[] nominal = {fixture.reference.time().trainingSeconds(), fixture.reference.energy().joules(),
            fixture.reference.hardware().hardwareCostUsd(), fixture.reference.hardware().operationsCostUsd()};
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < SIZE; i++) {
                c[k][i] = nominal[k] * (0.8 + 0.45 * rng.nextDouble());
            }
        }
        return new ReferenceColumns(fixture.reference, c[0], c[1], c[2], c[3]);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public double[] evaluate() {
        models.speedup().trainingSeconds(batch, seconds);
        models.energy().joules(batch, seconds, joules);
        models.hardware().costUsd(batch, seconds, hardware, operations);
        models.fabInvestment().investmentUsd(batch, investment);
        models.timeline().heroMonth(batch, seconds, hero);
        return hero;
    }
}
