package dev.cambrian.plugins.analog;

import static dev.cambrian.tck.SeedBaseline.assertInside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.tck.SeedBaseline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * grok2025althw's analog topology-optimization figures, reproduced under seed arithmetic against the
 * seed's own baseline.
 */
class AnalogTopologySeedGoldenTest {
    private final Estimate current = SeedBaseline.estimate(new AnalogTopologyBackend(), "current");
    private final Estimate enhanced = SeedBaseline.estimate(new AnalogTopologyBackend(), "enhanced");

    @Test
    @DisplayName("grok2025althw 'Resources with Analog Computing and Topology Optimization': time ~0.12-1.2 days")
    void currentTime() {
        assertInside(current.trainingSeconds().times(1 / Units.SECONDS_PER_DAY), 0.12, 1.2);
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Analog Computing and Topology Optimization': energy ~1.5-15 GWh")
    void currentEnergy() {
        assertInside(current.energyJoules().times(1 / Units.JOULES_PER_GWH), 1.5, 15);
    }

    @Test
    @DisplayName("grok2025althw 'Resources with Analog Computing and Topology Optimization': ~2,000-20,000 analog chips")
    void currentHardware() {
        assertThat(current.hardware()).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo("analog chip"));
        assertInside(current.hardware().get(0).count(), 2_000, 20_000);
    }

    /**
     * Only the nominal: the seed's chip range spans 10x (2,000-20,000) but its cost range only 2x
     * ($50-100M), so no unit price reproduces both; at $12,400 a chip the corners over the chip
     * range span about $25M to $250M.
     */
    @Test
    @DisplayName("grok2025althw 'Resources with Analog Computing and Topology Optimization': cost ~$50-100M (nominal)")
    void currentCost() {
        assertThat(current.costUsd().nominal()).isBetween(50e6 * 0.9, 100e6 * 1.1);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Analog Computing with Topology Optimization': time 1-6 hours")
    void enhancedTime() {
        assertInside(enhanced.trainingSeconds().times(1 / Units.SECONDS_PER_HOUR), 1, 6);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Analog Computing with Topology Optimization': energy 500 MWh-5 GWh")
    void enhancedEnergy() {
        assertInside(enhanced.energyJoules().times(1 / Units.JOULES_PER_GWH), 0.5, 5);
    }

    @Test
    @DisplayName("grok2025althw 'Enhancing Analog Computing with Topology Optimization': 500-2,000 analog chips")
    void enhancedHardware() {
        assertThat(enhanced.hardware()).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo("analog chip"));
        assertInside(enhanced.hardware().get(0).count(), 500, 2_000);
    }

    /**
     * Only the nominal, for the same reason as the current cost: 500-2,000 chips (4x) against
     * $25-50M (2x); at $37,000 a chip the corners span about $19M to $75M.
     */
    @Test
    @DisplayName("grok2025althw 'Enhancing Analog Computing with Topology Optimization': cost ~$25-50M (nominal)")
    void enhancedCost() {
        assertThat(enhanced.costUsd().nominal()).isBetween(25e6 * 0.9, 50e6 * 1.1);
    }

    @Test
    @DisplayName("grok2025althw in-house programme 3 (Analog with Topology Optimization): total $1.25-3.5B, hero month 41")
    void programme() {
        // The seed's total agrees with its lines: 0.2 + 1 + 0.05 = 1.25 and 0.4 + 3 + 0.1 = 3.5 ($B).
        assertThat(current.fabInvestmentUsd().low()).isCloseTo(1.25e9, within(1e6));
        assertThat(current.fabInvestmentUsd().high()).isCloseTo(3.5e9, within(1e6));
        // 18 + 18 + 4 months, then the one-month training slot (hours to 1.2 days fit in it).
        assertThat(current.heroMonth().nominal()).isEqualTo(41);
        assertThat(current.heroMonth().high()).isEqualTo(41);
        assertThat(enhanced.heroMonth().nominal()).isEqualTo(41);
    }

}
