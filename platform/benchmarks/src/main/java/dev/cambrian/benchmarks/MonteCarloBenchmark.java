package dev.cambrian.benchmarks;

import dev.cambrian.engine.uncertainty.BackendFailedException;
import dev.cambrian.engine.uncertainty.Caller;
import dev.cambrian.engine.uncertainty.ChunkPlan;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.Subject;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * docs/architecture.md §7: "Monte Carlo >= 10M backend-samples per second". One operation is one backend-sample; an
 * invocation is a whole {@link MonteCarlo#run} of {@value #SAMPLES} samples on one backend, as
 * {@code cambrian uncertainty -b ID} computes it: draws, the five models per sample without derivation
 * text, one guarded call per chunk of {@value ChunkPlan#CHUNK_SIZE}, then percentiles, rank
 * probabilities and the Spearman sensitivity ranking. JMH's score (ops/s) is backend-samples per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class MonteCarloBenchmark {
    /** Ten chunks. */
    static final int SAMPLES = 10 * ChunkPlan.CHUNK_SIZE;

    @Param({"gpu-h100", "photonic"})
    public String backend;

    /** Threads sampling; the figures are the same for any count. */
    @Param({"1", "2"})
    public int threads;

    private Fixture fixture;
    private List<Subject> subjects;
    private Caller guarded;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.load();
        LoadedBackend b = fixture.backend(backend);
        subjects = List.of(new Subject(b.info(), b.backend(), fixture.parameters(b)));
        guarded = new Caller() {
            @Override
            public <T> T call(String backendId, java.util.function.Supplier<String> what, Callable<T> task) {
                try {
                    return fixture.guard.call(b.pluginId(), backendId, what, task);
                } catch (PluginFailure f) {
                    throw new BackendFailedException(backendId, f.describe());
                }
            }
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    @OperationsPerInvocation(SAMPLES)
    public UncertaintyResult run() {
        return complete(MonteCarlo.run(subjects, fixture.workload, fixture.scenario.economics(), fixture.reference,
                new Options(SAMPLES, 1, threads, Figure.TIME), guarded));
    }

    /** A run that left a backend out (failed, timed out, no valid sample) did less work: it must not score. */
    static UncertaintyResult complete(UncertaintyResult r) {
        if (!r.failures().isEmpty() || !r.infeasible().isEmpty()) {
            List<String> reasons = new ArrayList<>(r.failures());
            reasons.addAll(r.infeasible());
            throw new IllegalStateException("Monte Carlo run incomplete: " + String.join("; ", reasons));
        }
        return r;
    }
}
