package dev.cambrian.plugins.neuromorphic;

import static dev.cambrian.tck.SeedBaseline.assertInside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.tck.SeedBaseline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** grok2025althw's neuromorphic figures, reproduced under seed arithmetic against the seed's own baseline. */
class NeuromorphicSeedGoldenTest {
    private final Estimate current = SeedBaseline.estimate(new NeuromorphicBackend(), "current");
    private final Estimate enhanced = SeedBaseline.estimate(new NeuromorphicBackend(), "enhanced");

    @Test
    @DisplayName("grok2025althw 'Resources with Neuromorphic Computing': time ~12-24 days")
    void currentTime() {
        assertInside(current.trainingSeconds().times(1 / Units.SECONDS_PER_DAY), 12, 24);
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Neuromorphic Computing': energy ~1.5-15 GWh")
    void currentEnergy() {
        assertInside(current.energyJoules().times(1 / Units.JOULES_PER_GWH), 1.5, 15);
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Neuromorphic Computing': ~20,000 neuromorphic chips")
    void currentHardware() {
        assertThat(current.hardware()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("neuromorphic chip");
            assertThat(h.count().nominal()).isEqualTo(20_000);
        });
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Neuromorphic Computing': cost ~$100-200M")
    void currentCost() {
        assertInside(current.costUsd(), 100e6, 200e6);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Neuromorphic Computing': time 6-12 days")
    void enhancedTime() {
        assertInside(enhanced.trainingSeconds().times(1 / Units.SECONDS_PER_DAY), 6, 12);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Neuromorphic Computing': energy 500 MWh-5 GWh")
    void enhancedEnergy() {
        assertInside(enhanced.energyJoules().times(1 / Units.JOULES_PER_GWH), 0.5, 5);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Neuromorphic Computing': 5,000-10,000 chips")
    void enhancedHardware() {
        assertThat(enhanced.hardware()).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo("neuromorphic chip"));
        assertInside(enhanced.hardware().get(0).count(), 5_000, 10_000);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Neuromorphic Computing': cost ~$50-100M")
    void enhancedCost() {
        assertInside(enhanced.costUsd(), 50e6, 100e6);
    }

    @Test
    @DisplayName("grok2025althw in-house programme 2 (Neuromorphic): total $2.4-5.8B, hero month 55")
    void programme() {
        // The seed's total agrees with its lines: 0.3 + 2 + 0.1 = 2.4 and 0.6 + 5 + 0.2 = 5.8 ($B).
        assertThat(current.fabInvestmentUsd().low()).isCloseTo(2.4e9, within(1e6));
        assertThat(current.fabInvestmentUsd().high()).isCloseTo(5.8e9, within(1e6));
        // 24 + 24 + 6 months, then the one-month training slot (12-24 days fit in it).
        assertThat(current.heroMonth().nominal()).isEqualTo(55);
        assertThat(current.heroMonth().high()).isEqualTo(55);
        assertThat(enhanced.heroMonth().nominal()).isEqualTo(55);
    }

}
