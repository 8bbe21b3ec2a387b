package dev.cambrian.plugins.probabilistic;

import static dev.cambrian.tck.SeedBaseline.assertInside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.tck.SeedBaseline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** grok2025althw's probability-based training figures, reproduced under seed arithmetic against the seed's own baseline. */
class ProbabilisticTrainingSeedGoldenTest {
    private static final String GPU = "H100-equivalent GPU";

    private final Estimate current = SeedBaseline.estimate(new ProbabilisticTrainingBackend(), "current");
    private final Estimate enhanced = SeedBaseline.estimate(new ProbabilisticTrainingBackend(), "enhanced");

    @Test
    @DisplayName("grok2025althw 'Resources with Probability-Based Training Methods': time ~1.2 days")
    void currentTime() {
        assertThat(Units.days(current.trainingSeconds().nominal())).isCloseTo(1.2, within(0.12));
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Probability-Based Training Methods': energy ~15 GWh")
    void currentEnergy() {
        assertThat(Units.gwh(current.energyJoules().nominal())).isCloseTo(15, within(1.5));
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Probability-Based Training Methods': ~2,000 baseline GPUs effective")
    void currentHardware() {
        assertThat(current.hardware()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(GPU);
            assertThat(h.count().nominal()).isCloseTo(2000, within(200.0));
        });
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Probability-Based Training Methods': cost ~$100M")
    void currentCost() {
        assertThat(current.costUsd().nominal()).isCloseTo(100e6, within(10e6));
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Probability-Based Training Methods': time 12-24 hours")
    void enhancedTime() {
        assertInside(enhanced.trainingSeconds().times(1 / Units.SECONDS_PER_HOUR), 12, 24);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Probability-Based Training Methods': energy 5-10 GWh")
    void enhancedEnergy() {
        assertInside(enhanced.energyJoules().times(1 / Units.JOULES_PER_GWH), 5, 10);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Probability-Based Training Methods': ~1,000 GPUs")
    void enhancedHardware() {
        assertThat(enhanced.hardware()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(GPU);
            assertThat(h.count().nominal()).isCloseTo(1000, within(100.0));
        });
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Probability-Based Training Methods': cost ~$50M")
    void enhancedCost() {
        assertThat(enhanced.costUsd().nominal()).isCloseTo(50e6, within(5e6));
    }

    @Test
    @DisplayName("grok2025althw in-house programme 6: total $20-50M, no procurement multiple, hero month 4")
    void programme() {
        assertThat(current.fabInvestmentUsd().low()).isCloseTo(20e6, within(1e3));
        assertThat(current.fabInvestmentUsd().high()).isCloseTo(50e6, within(1e3));
        assertThat(new ProbabilisticTrainingBackend().spec().programme().procurementMultipleOrNull()).isNull();
        assertThat(current.heroMonth().nominal()).isEqualTo(4);
        assertThat(enhanced.heroMonth().nominal()).isEqualTo(4);
    }

}
