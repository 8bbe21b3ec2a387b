package dev.cambrian.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
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
}
