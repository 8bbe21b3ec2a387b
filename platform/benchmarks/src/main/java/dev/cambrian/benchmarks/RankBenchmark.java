package dev.cambrian.benchmarks;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.Pareto;
import dev.cambrian.engine.estimate.RankKey;
import dev.cambrian.engine.estimate.Ranking;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The computing part of {@code cambrian rank}, in process and warm, with the plugins already loaded:
 * a new {@link Evaluation} (the baseline's reference run), every loaded backend's range estimate,
 * the ranking by time and the Pareto front. Not included: JVM start, plugin loading, picocli and
 * printing the table ({@link ColdStartBenchmark} times loading and a cold rank in a fresh JVM;
 * platform/benchmarks/startup.sh measures the real command end to end).
 * <p>
 * {@link #rank} calls each backend through the host's {@code Guard}, as the product does (one hand-off
 * to a pooled thread per call); {@link #rankUnguarded} makes the same calls directly, so the
 * difference is the guard's cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RankBenchmark {
    /** What one rank yields: the ranked estimates and the Pareto front the table marks. */
    public record Ranked(List<Estimate> ranked, Set<String> pareto, List<String> failures) {
    }

    private Fixture fixture;
    private List<LoadedBackend> backends;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = Fixture.load();
        backends = fixture.plugins.backends();
        Ranked once = rank();
        if (!once.failures().isEmpty() || once.ranked().size() != backends.size()) {
            throw new IllegalStateException("rank gave " + once.ranked().size() + " estimates of " + backends.size()
                    + "; failures: " + once.failures());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public Ranked rank() {
        Evaluation evaluation = new Evaluation(fixture.guard, fixture.scenario, fixture.workload, backends);
        Evaluation.Outcome outcome = evaluation.estimateAll(backends);
        List<Estimate> ranked = Ranking.rank(outcome.estimates(), RankKey.TIME);
        return new Ranked(ranked, Pareto.front(ranked), outcome.failures());
    }

    @Benchmark
    public Ranked rankUnguarded() {
        LoadedBackend baseline = fixture.backend(fixture.scenario.baseline());
        var reference = Estimator.reference(baseline.backend(), fixture.parameters(baseline), fixture.workload,
                fixture.scenario.economics());
        List<Estimate> estimates = new ArrayList<>(backends.size());
        for (LoadedBackend b : backends) {
            try {
                estimates.add(Estimator.estimate(b.backend(), fixture.parameters(b), fixture.workload,
                        fixture.scenario.economics(), reference, fixture.scenario.name()));
            } catch (InfeasibleException e) {
                // none of the shipped backends is infeasible on the default workload (checked in setUp)
            }
        }
        List<Estimate> ranked = Ranking.rank(estimates, RankKey.TIME);
        return new Ranked(ranked, Pareto.front(ranked), List.of());
    }
}
