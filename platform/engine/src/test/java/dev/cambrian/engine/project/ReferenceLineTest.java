package dev.cambrian.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.cambrian.engine.InputException;
import org.junit.jupiter.api.Test;

class ReferenceLineTest {
    @Test
    void valueCompoundsFromTheBaseYearBothWays() {
        ReferenceLine line = new ReferenceLine("x", "x", 2024, 100, 0.10, "test");
        assertThat(line.valueIn(2024)).isEqualTo(100);
        assertThat(line.valueIn(2026)).isCloseTo(121, withinPercentage(1e-9));
        assertThat(line.valueIn(2023)).isCloseTo(100 / 1.1, withinPercentage(1e-9));
    }

    @Test
    void theDefaultLinesCarryTheirSourcedValues() {
        assertThat(ReferenceLines.defaults()).extracting(ReferenceLine::id).containsExactly(
                ReferenceLines.GPU_INSTALLED_BASE, ReferenceLines.IT_SPENDING, ReferenceLines.US_GDP);
        assertThat(ReferenceLines.defaults()).allSatisfy(l -> assertThat(l.source()).isNotBlank());
        // Precedence Research: $42.2B in 2022 at 33.8% reaches its $773.07B in 2032 (within 1%)
        assertThat(ReferenceLines.defaults().get(0).valueIn(2032)).isCloseTo(773.07e9, withinPercentage(1));
        assertThat(ReferenceLines.defaults().get(1).valueIn(2024)).isEqualTo(5.267e12);
        assertThat(ReferenceLines.defaults().get(2).valueIn(2024)).isEqualTo(29.2e12);
    }

    @Test
    void changesKeepTheIdAndSayWhatChanged() {
        ReferenceLine it = ReferenceLines.defaults().get(1).withAnnualGrowth(0.1).withBase(2025, 6e12);
        assertThat(it.id()).isEqualTo(ReferenceLines.IT_SPENDING);
        assertThat(it.valueIn(2026)).isCloseTo(6.6e12, withinPercentage(1e-9));
        assertThat(it.source()).contains("Gartner").contains("growth set to 0.1").contains("in 2025");
    }

    @Test
    void badValuesAreRejected() {
        assertThatThrownBy(() -> new ReferenceLine("x", "x", 2024, 0, 0.1, "s")).isInstanceOf(InputException.class)
                .hasMessageContaining("base value");
        assertThatThrownBy(() -> new ReferenceLine("x", "x", 2024, 1, -1, "s")).isInstanceOf(InputException.class)
                .hasMessageContaining("annual growth");
        assertThatThrownBy(() -> new ReferenceLine(" ", "x", 2024, 1, 0.1, "s")).isInstanceOf(InputException.class);
    }
}
