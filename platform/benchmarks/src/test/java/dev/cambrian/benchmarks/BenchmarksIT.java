package dev.cambrian.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.PointResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the benchmarks runnable: each one sets up against the built plugins folder and returns a
 * sensible result once. Nothing here is timed; the benchmarks themselves run only on demand.
 */
class BenchmarksIT {

    @ParameterizedTest
    @ValueSource(strings = {"gpu-h100", "photonic"})
    void pointEstimateSetsUpAndEvaluates(String backend) {
        PointEstimateBenchmark b = new PointEstimateBenchmark();
        b.backend = backend;
        b.setUp();
        try {
            PointResult r = b.evaluate();
            assertThat(r.time().trainingSeconds()).isPositive().isFinite();
            assertThat(r.costUsd()).isPositive().isFinite();
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu-h100", "photonic"})
    void rangeEstimateSetsUpAndEstimates(String backend) {
        RangeEstimateBenchmark b = new RangeEstimateBenchmark();
        b.backend = backend;
        b.setUp();
        try {
            Estimate e = b.estimate();
            assertThat(e.backendId()).isEqualTo(backend);
            assertThat(e.evaluations()).isGreaterThan(1);
            assertThat(e.trainingSeconds().low()).isLessThanOrEqualTo(e.trainingSeconds().high());
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpu-h100", "photonic"})
    void batchEvaluationSetsUpAndFillsEveryColumn(String backend) {
        BatchEvaluationBenchmark b = new BatchEvaluationBenchmark();
        b.backend = backend;
        b.setUp(); // refuses a batch with a sample that has no valid time
        try {
            double[] hero = b.evaluate();
            assertThat(hero).hasSize(BatchEvaluationBenchmark.SIZE);
            assertThat(java.util.Arrays.stream(hero).allMatch(m -> m > 0 && Double.isFinite(m))).as("every hero month positive and finite").isTrue();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void rankRanksEveryLoadedBackendGuardedOrNot() {
        RankBenchmark b = new RankBenchmark();
        b.setUp();
        try {
            RankBenchmark.Ranked guarded = b.rank();
            RankBenchmark.Ranked direct = b.rankUnguarded();
            assertThat(guarded.ranked()).hasSize(Fixture.EXPECTED_BACKENDS);
            assertThat(guarded.failures()).isEmpty();
            assertThat(guarded.pareto()).isNotEmpty();
            assertThat(direct.ranked().stream().map(Estimate::backendId))
                    .containsExactlyElementsOf(guarded.ranked().stream().map(Estimate::backendId).toList());
        } finally {
            b.tearDown();
        }
    }

    @Test
    void coldStartLoadsAndRanks() {
        ColdStartBenchmark b = new ColdStartBenchmark();
        b.setUp();
        assertThat(b.loadPlugins().plugins()).hasSize(Fixture.EXPECTED_PLUGINS);
        ColdStartBenchmark.Ranked r = b.loadAndRank();
        assertThat(r.ranked()).hasSize(Fixture.EXPECTED_BACKENDS);
        assertThat(r.paretoSize()).isPositive();
    }
}
