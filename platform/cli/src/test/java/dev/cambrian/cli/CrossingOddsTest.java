package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** project --backend's P(crossed by year) table: a few samples are not shown as none, nor all but a few as all. */
class CrossingOddsTest {
    @Test
    @DisplayName("0% and 100% only for none and all; a share below 0.1% or above 99.9% says so; one decimal otherwise")
    void sharesNearTheEndsAreNotRoundedToCertainty() {
        assertThat(ProjectUncertaintyView.percent(0)).isEqualTo("0%");
        assertThat(ProjectUncertaintyView.percent(1)).isEqualTo("100%");
        // 2 of 2,000 samples and 1,999 of 2,000: gpu-gb300's best-guess crossings in 2028 and 2030 printed 0% and 100%
        assertThat(ProjectUncertaintyView.percent(0.001)).isEqualTo("0.1%");
        assertThat(ProjectUncertaintyView.percent(0.0005)).isEqualTo("<0.1%");
        assertThat(ProjectUncertaintyView.percent(0.9995)).isEqualTo(">99.9%");
        assertThat(ProjectUncertaintyView.percent(0.4321)).isEqualTo("43.2%");
    }
}
