package dev.cambrian.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Distribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a sampled range counts as moving a figure: four standard errors of a zero correlation, at least 0.05. */
class SensitivityThresholdTest {
    private static final SampledParameter RANGE = new SampledParameter(0, "p", "1", Distribution.TRIANGULAR,
            Distribution.TRIANGULAR, 1, 2, 3, false);

    @Test
    @DisplayName("the threshold is 4 / sqrt(n) rounded up to two decimals, and never below 0.05")
    void fourStandardErrorsRoundedUp() {
        // by hand: 4 / sqrt(500) = 0.1789 -> 0.18; 4 / sqrt(300) = 0.2309 -> 0.24; 4 / sqrt(6,400) = 0.05 exactly
        assertThat(Sensitivity.movesAt(500)).isEqualTo(0.18);
        assertThat(Sensitivity.movesAt(300)).isEqualTo(0.24);
        assertThat(Sensitivity.movesAt(6_400)).isEqualTo(0.05);
        assertThat(Sensitivity.movesAt(10_000)).as("0.04 is below the floor").isEqualTo(Sensitivity.MOVES);
        assertThat(Sensitivity.movesAt(1_000_000)).isEqualTo(Sensitivity.MOVES);
        assertThat(Sensitivity.movesAt(0)).as("no samples: nothing can count").isEqualTo(4);
    }

    @Test
    @DisplayName("a range moves the figure at |rho| of the threshold or more, either sign; an undefined rho never does")
    void movesAtOrAboveTheThreshold() {
        assertThat(new Sensitivity(RANGE, 0.18, 500).moves()).isTrue();
        assertThat(new Sensitivity(RANGE, -0.18, 500).moves()).isTrue();
        assertThat(new Sensitivity(RANGE, 0.17, 500).moves()).as("noise at 500 samples").isFalse();
        assertThat(new Sensitivity(RANGE, 0.05, 100_000).moves()).isTrue();
        assertThat(new Sensitivity(RANGE, 0.049, 100_000).moves()).isFalse();
        assertThat(new Sensitivity(RANGE, Double.NaN, 100_000).moves()).isFalse();
        // the threshold is that of the samples the correlation was taken over, not of all drawn: 1,450 valid of 10,000
        assertThat(new Sensitivity(RANGE, -0.09, 1_450).moves()).as("noise at 1,450 samples (0.11)").isFalse();
        assertThat(new Sensitivity(RANGE, -0.09, 10_000).moves()).isTrue();
    }
}
