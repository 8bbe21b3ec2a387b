package dev.cambrian.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.ChunkPlan;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps {@link MonteCarloBenchmark} runnable: it sets up against the built plugins and samples once, untimed. */
class MonteCarloBenchmarkIT {

    @ParameterizedTest
    @ValueSource(strings = {"gpu-h100", "photonic"})
    void monteCarloSetsUpAndSamples(String backend) {
        MonteCarloBenchmark b = new MonteCarloBenchmark();
        b.backend = backend;
        b.threads = 2;
        b.setUp();
        try {
            UncertaintyResult r = b.run();
            assertThat(r.failures()).isEmpty();
            assertThat(r.samples()).isEqualTo(MonteCarloBenchmark.SAMPLES);
            BackendUncertainty u = r.backends().get(0);
            assertThat(u.backendId()).isEqualTo(backend);
            assertThat(u.seconds().p10()).isPositive().isLessThan(u.seconds().p90());
        } finally {
            b.tearDown();
        }
    }

    @Test
    @DisplayName("a run in which a backend failed or had no valid sample throws instead of scoring")
    void anIncompleteRunDoesNotScore() {
        UncertaintyResult failed = new UncertaintyResult(Figure.TIME, 100, 1, ChunkPlan.CHUNK_SIZE, 100, List.of(),
                List.of("plugin p, backend b: sampling chunk 1 of 1 did not return within 10000 ms"), List.of(), List.of());
        assertThatThrownBy(() -> MonteCarloBenchmark.complete(failed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not return within");
        UncertaintyResult none = new UncertaintyResult(Figure.TIME, 100, 1, ChunkPlan.CHUNK_SIZE, 100, List.of(), List.of(),
                List.of("b: no sample has a valid answer"), List.of());
        assertThatThrownBy(() -> MonteCarloBenchmark.complete(none)).isInstanceOf(IllegalStateException.class);
    }
}
