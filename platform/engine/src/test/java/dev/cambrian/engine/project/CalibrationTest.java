package dev.cambrian.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.cambrian.engine.InputException;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void theSeedPriceReproducesTheCalibrationAnchorExactly() {
        ProjectionAssumptions a = ProjectionAssumptions.seed001();
        ProjectionYear gpt4 = Projector.project(ProjectionScenario.BEST_GUESS, a, 2023, 2023).years().get(0);
        assertThat(gpt4.cloudCostUsd()).isCloseTo(ProjectionAssumptions.CALIBRATION_CLOUD_USD, withinPercentage(1e-9));
        // 32M / (40 x (1.8e12)^2 / 9) = 2.22e-18 USD per FLOP
        assertThat(a.usdPerFlopInBaseYear()).isCloseTo(32e6 / (40 * 1.8e12 * 1.8e12 / 9), withinPercentage(1e-9));
    }

    @Test
    void calibratingOnGpt3InsteadGivesNearlyTheSamePrice() {
        // faraboschi2024barriers §2.1: GPT-3, 2021, $4.8M cloud. The model is consistent if both anchors agree on the price.
        ProjectionAssumptions a = ProjectionAssumptions.seed001();
        double onGpt3 = Calibration.usdPerFlopInBaseYear(ProjectionScenario.BEST_GUESS, a, 2021, 4.8e6);
        assertThat(onGpt3).isCloseTo(a.usdPerFlopInBaseYear(), withinPercentage(1));
    }

    @Test
    void theSeedAssumptionsNameTheirSources() {
        ProjectionAssumptions a = ProjectionAssumptions.seed001();
        assertThat(a.source()).contains("faraboschi2024barriers").contains("calibrated on GPT-4");
        assertThat(a.earlierModelYear()).isEqualTo(2021);
        assertThat(a.earlierModelParameters()).isEqualTo(175e9);
        for (ProjectionScenario s : ProjectionScenario.values()) {
            assertThat(s.source()).contains("Table 1");
            assertThat(ProjectionScenario.fromId(s.id())).isEqualTo(s);
        }
        assertThat(ProjectionScenario.BEST_CASE.id()).isEqualTo("best-case");
        assertThat(ProjectionScenario.WORST_CASE.flopPerParameterWithTokens()).isEqualTo(120);
        assertThat(ProjectionScenario.BEST_CASE.expertsPerYear()).isEqualTo(8);
        assertThatThrownBy(() -> ProjectionScenario.fromId("typical")).isInstanceOf(InputException.class)
                .hasMessageContaining("best-case, best-guess, worst-case");
    }
}
