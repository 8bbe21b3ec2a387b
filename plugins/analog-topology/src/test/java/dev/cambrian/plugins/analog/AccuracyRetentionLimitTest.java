package dev.cambrian.plugins.analog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.tck.SeedBaseline;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The accuracy caveat is shown whenever the chips do any work (class by class, and under seed arithmetic),
 * and it changes nothing else: the figures are those of the same run without the limit's parameter moved.
 */
class AccuracyRetentionLimitTest {

    @Test
    @DisplayName("grok2025althw 'Resources with Analog Computing and Topology Optimization': 87-98% accuracy retention is a warning")
    void warnsWithTheRetentionInForce() {
        Estimate e = classByClass(Map.of());
        assertThat(e.warnings()).anySatisfy(w -> assertThat(w).startsWith("accuracy caveat").contains("92.5%"));
        Estimate low = classByClass(Map.of(AccuracyRetentionLimit.ACCURACY_RETENTION, Range.of(0.87)));
        assertThat(low.warnings()).anySatisfy(w -> assertThat(w).startsWith("accuracy caveat").contains("87.0%"));
    }

    @Test
    @DisplayName("under seed arithmetic (grok2025althw's tables) the whole run is analog, so the caveat is shown there too")
    void warnsUnderSeedArithmetic() {
        Estimate e = classByClass(Map.of("seed-arithmetic", Range.of(1)));
        assertThat(e.warnings()).anySatisfy(w -> assertThat(w).startsWith("seed arithmetic"));
        assertThat(e.warnings()).anySatisfy(w -> assertThat(w).startsWith("accuracy caveat").contains("92.5%"));
    }

    @Test
    @DisplayName("the accuracy caveat changes no coverage: time, energy and cost do not depend on it")
    void changesNoFigure() {
        Estimate low = classByClass(Map.of(AccuracyRetentionLimit.ACCURACY_RETENTION, Range.of(0.87)));
        Estimate high = classByClass(Map.of(AccuracyRetentionLimit.ACCURACY_RETENTION, Range.of(0.98)));
        assertThat(low.trainingSeconds()).isEqualTo(high.trainingSeconds());
        assertThat(low.energyJoules()).isEqualTo(high.energyJoules());
        assertThat(low.costUsd()).isEqualTo(high.costUsd());
    }

    private static Estimate classByClass(Map<String, Range> values) {
        HardwareBackend backend = new AnalogTopologyBackend();
        Scenario scenario = new Scenario("class-by-class", "limits honoured", "seed-000-baseline", SeedBaseline.ECONOMICS,
                Map.of(backend.info().id(), "current"), Map.of(backend.info().id(), values), null, Map.of());
        Workload workload = SeedBaseline.grok5();
        return Estimator.estimate(backend, ParameterResolver.resolve(backend.info().id(), backend.parameters(), scenario),
                workload, SeedBaseline.ECONOMICS, SeedBaseline.reference(workload), scenario.name());
    }
}
