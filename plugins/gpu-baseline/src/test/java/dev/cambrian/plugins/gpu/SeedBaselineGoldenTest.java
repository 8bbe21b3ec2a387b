package dev.cambrian.plugins.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Golden test (docs/models.md §2, docs/architecture.md §6): under gpu-h100's {@code seed-000} profile and $0.15/kWh, the Grok 5
 * workload reproduces grok2025althw's "Baseline for Grok 5 Training": ~120 days, ~1.5 TWh, ~200,000
 * H100-equivalent GPUs, ~$1B (hardware rental/depreciation ~$600M, energy ~$200M at $0.15/kWh,
 * ops ~$200M). The seed states each figure with "~"; 10% is the tolerance used for each.
 */
class SeedBaselineGoldenTest {
    /** grok2025althw, 'Baseline for Grok 5 Training': "energy ~$200M at $0.15/kWh". */
    private static final double USD_PER_KWH = 0.15;
    private static final double TOLERANCE_PERCENT = 10;

    private static Estimate estimate;

    @BeforeAll
    static void estimateGrok5OnTheSeedBaseline() {
        HardwareBackend backend = new GpuH100Backend();
        Economics economics = new Economics(USD_PER_KWH, 2026);
        Scenario scenario = new Scenario("seed-baseline", "grok2025althw's baseline", backend.info().id(), economics,
                Map.of(backend.info().id(), "seed-000"), Map.of(), null, Map.of());
        ResolvedParameters params = ParameterResolver.resolve(backend.info().id(), backend.parameters(), scenario);
        assertThat(params.profile()).isEqualTo("seed-000");
        Workload grok5 = WorkloadResolver.resolve(WorkloadCatalog.preset("grok-5").orElseThrow());
        estimate = Estimator.estimate(backend, params, grok5, economics,
                Estimator.reference(backend, params, grok5, economics), scenario.name());
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Time: ~120 days")
    void time() {
        assertThat(Units.days(estimate.trainingSeconds().nominal())).isCloseTo(120, withPercentage(TOLERANCE_PERCENT));
        // Every parameter that acts on time is a point in this profile, so the range is a point too.
        assertThat(estimate.trainingSeconds().isPoint()).as("time range under seed-000 " + estimate.trainingSeconds()).isTrue();
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Energy: ~1.5 TWh")
    void energy() {
        double twh = Units.gwh(estimate.energyJoules().nominal()) / 1000;
        assertThat(twh).isCloseTo(1.5, withPercentage(TOLERANCE_PERCENT));
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Hardware: ~200,000 H100-equivalent GPUs")
    void devices() {
        assertThat(estimate.hardware()).hasSize(1);
        HardwareLine line = estimate.hardware().get(0);
        assertThat(line.kind()).contains("H100");
        assertThat(line.count().nominal()).isCloseTo(200_000, withPercentage(TOLERANCE_PERCENT));
        // The profile states the count exactly.
        assertThat(line.count().nominal()).isEqualTo(200_000);
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Cost: ~$1B in total")
    void totalCost() {
        assertThat(estimate.costUsd().nominal()).isCloseTo(1e9, withPercentage(TOLERANCE_PERCENT));
        assertThat(estimate.nominal().costUsd()).isCloseTo(estimate.costUsd().nominal(), within(1.0));
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Cost: hardware rental/depreciation ~$600M")
    void hardwareCost() {
        assertThat(estimate.nominal().hardware().hardwareCostUsd()).isCloseTo(600e6, withPercentage(TOLERANCE_PERCENT));
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Cost: energy ~$200M at $0.15/kWh")
    void energyCost() {
        // Not 10% around $200M: the seed's own figures disagree. ~1.5 TWh at $0.15/kWh is
        // 1.5e9 kWh x 0.15 = $225M, which the seed rounds to "~$200M". The model costs the energy it
        // computes (1.5 TWh) at the seed's price, so the honest band spans the seed's rounded figure
        // and its own arithmetic: $200M to $230M (225M plus the ~2% slack of "~1.5 TWh").
        double usd = estimate.nominal().energyCostUsd();
        assertThat(usd).isBetween(200e6, 230e6);
        assertThat(usd).as("energy cost is kWh x $/kWh")
                .isCloseTo(Units.kwh(estimate.nominal().energy().joules()) * USD_PER_KWH, withPercentage(1e-9));
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5 Training', Cost: ops ~$200M")
    void operationsCost() {
        assertThat(estimate.nominal().hardware().operationsCostUsd()).isCloseTo(200e6, withPercentage(TOLERANCE_PERCENT));
    }
}
