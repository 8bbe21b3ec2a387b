package dev.cambrian.plugins.quantum;

import static dev.cambrian.tck.SeedBaseline.assertInside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.tck.SeedBaseline;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** grok2025althw's quantum figures, reproduced under seed arithmetic against the seed's own baseline. */
class QuantumHybridSeedGoldenTest {
    private static final String QPU = "quantum processor";
    private static final String GPU = "H100-equivalent GPU";

    private final Estimate current = SeedBaseline.estimate(new QuantumHybridBackend(), "current");
    private final Estimate enhanced = SeedBaseline.estimate(new QuantumHybridBackend(), "enhanced");

    @Test
    @DisplayName("grok2025althw 'Resources with Quantum Computing': time ~12 days")
    void currentTime() {
        assertThat(Units.days(current.trainingSeconds().nominal())).isCloseTo(12, within(1.2));
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Quantum Computing': energy ~150 GWh")
    void currentEnergy() {
        assertThat(Units.gwh(current.energyJoules().nominal())).isCloseTo(150, within(15.0));
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Quantum Computing': 200k GPUs + one 1,000-qubit quantum processor")
    void currentHardware() {
        assertThat(current.hardware()).hasSize(2);
        assertThat(line(current, QPU).count().nominal()).isEqualTo(1);
        assertThat(line(current, GPU).count().nominal()).isEqualTo(200_000);
        assertThat(new QuantumHybridBackend().parameters().parameter(QubitLimit.QUBITS).orElseThrow().range().nominal())
                .isEqualTo(1000);
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Quantum Computing': cost ~$200M")
    void currentCost() {
        assertThat(current.costUsd().nominal()).isCloseTo(200e6, within(20e6));
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Quantum Computing': time 6-12 hours")
    void enhancedTime() {
        assertInside(enhanced.trainingSeconds().times(1 / Units.SECONDS_PER_HOUR), 6, 12);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Quantum Computing': energy 50-100 GWh")
    void enhancedEnergy() {
        assertInside(enhanced.energyJoules().times(1 / Units.JOULES_PER_GWH), 50, 100);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Quantum Computing': 100k GPUs + a 10,000-qubit processor")
    void enhancedHardware() {
        assertThat(enhanced.hardware()).hasSize(2);
        assertThat(line(enhanced, QPU).count().nominal()).isEqualTo(1);
        assertThat(line(enhanced, GPU).count().nominal()).isEqualTo(100_000);
        assertThat(new QuantumHybridBackend().parameters().profile("enhanced").orElseThrow().values().get(QubitLimit.QUBITS))
                .isEqualTo(Range.of(10_000));
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Quantum Computing': cost ~$100-150M")
    void enhancedCost() {
        assertInside(enhanced.costUsd(), 100e6, 150e6);
    }

    @Test
    @DisplayName("grok2025althw in-house programme 4: total $5.7-11.5B, 30-50x procurement, hero month 103")
    void programme() {
        assertThat(current.fabInvestmentUsd().low()).isCloseTo(5.7e9, within(1e6));
        assertThat(current.fabInvestmentUsd().high()).isCloseTo(11.5e9, within(1e6));
        assertThat(current.heroMonth().nominal()).isEqualTo(103);
        assertThat(enhanced.heroMonth().nominal()).isEqualTo(103);
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Quantum Computing': class by class, 1,000 of ~1M qubits cap the 10% portion")
    void qubitLimitAppliesClassByClass() {
        QuantumHybridBackend backend = new QuantumHybridBackend();
        String id = backend.info().id();
        Scenario scenario = new Scenario("class-by-class", "grok2025althw baseline, class by class with limits",
                "seed-000-baseline", SeedBaseline.ECONOMICS, Map.of(id, "current"), Map.of(), null, Map.of());
        Workload workload = SeedBaseline.grok5();
        Estimate e = Estimator.estimate(backend, ParameterResolver.resolve(id, backend.parameters(), scenario), workload,
                SeedBaseline.ECONOMICS, SeedBaseline.reference(workload), scenario.name());
        assertThat(e.warnings()).contains("1,000 qubits support 0.1% of the work, not the declared 10%: the limit applies"
                + " rather than the headline factor");
        assertThat(e.nominal().time().derivation()).anySatisfy(d -> assertThat(d.quantity()).startsWith("coverage of "));
        double baselineSeconds = SeedBaseline.DAYS * Units.SECONDS_PER_DAY;
        assertThat(baselineSeconds / e.trainingSeconds().nominal()).isLessThan(1.01);
        assertThat(baselineSeconds / e.trainingSeconds().low()).isLessThan(1.01);
    }

    private static HardwareLine line(Estimate e, String kind) {
        return e.hardware().stream().filter(h -> h.kind().equals(kind)).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " line in " + e.hardware()));
    }

}
