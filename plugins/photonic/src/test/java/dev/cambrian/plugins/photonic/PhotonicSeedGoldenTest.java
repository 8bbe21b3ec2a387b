package dev.cambrian.plugins.photonic;

import static dev.cambrian.tck.SeedBaseline.assertInside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.tck.SeedBaseline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** grok2025althw's photonic figures, reproduced under seed arithmetic against the seed's own baseline. */
class PhotonicSeedGoldenTest {
    private final Estimate current = SeedBaseline.estimate(new PhotonicBackend(), "current");
    private final Estimate enhanced = SeedBaseline.estimate(new PhotonicBackend(), "enhanced");

    @Test
    @DisplayName("grok2025althw 'Resources with Photonic Computing': time ~1.2 days")
    void currentTime() {
        assertThat(Units.days(current.trainingSeconds().nominal())).isCloseTo(1.2, within(0.12));
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Photonic Computing': energy ~15 GWh")
    void currentEnergy() {
        assertThat(Units.gwh(current.energyJoules().nominal())).isCloseTo(15, within(1.5));
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Photonic Computing': ~2,000 photonic chips")
    void currentHardware() {
        assertThat(current.hardware()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("photonic chip");
            assertThat(h.count().nominal()).isEqualTo(2000);
        });
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Photonic Computing': cost ~$100M")
    void currentCost() {
        assertThat(current.costUsd().nominal()).isCloseTo(100e6, within(10e6));
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Photonic Computing': time 6-12 hours")
    void enhancedTime() {
        assertInside(enhanced.trainingSeconds().times(1 / Units.SECONDS_PER_HOUR), 6, 12);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Photonic Computing': energy 1-5 GWh")
    void enhancedEnergy() {
        assertInside(enhanced.energyJoules().times(1 / Units.JOULES_PER_GWH), 1, 5);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Photonic Computing': 500-1,000 chips")
    void enhancedHardware() {
        assertInside(enhanced.hardware().get(0).count(), 500, 1000);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Photonic Computing': cost ~$50M")
    void enhancedCost() {
        assertThat(enhanced.costUsd().nominal()).isCloseTo(50e6, within(5e6));
    }

    @Test
    @DisplayName("grok2025althw in-house programme 1: total $5.6-11.2B, hero month 43")
    void programme() {
        assertThat(current.fabInvestmentUsd().low()).isCloseTo(5.6e9, within(1e6));
        assertThat(current.fabInvestmentUsd().high()).isCloseTo(11.2e9, within(1e6));
        assertThat(current.heroMonth().nominal()).isEqualTo(43);
        assertThat(enhanced.heroMonth().nominal()).isEqualTo(43);
    }

}
