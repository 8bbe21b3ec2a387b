package dev.cambrian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundsTest {
    @Test
    void parametersDeclaredWithoutBoundsGetSaneOnesFromUnitAndDefault() {
        assertThat(Parameter.count("devices", "devices", 1000, "d", "s").bounds()).isEqualTo(Bounds.atLeast(1));
        assertThat(new Parameter("failures", "switch", Range.of(1), Distribution.FIXED, true, "d", "s").bounds())
                .isEqualTo(Bounds.switchOf());
        // never tighter than zero or more: a profile may set a price to 0
        assertThat(Parameter.uncertain("power", "W", new Range(500, 700, 900), "d", "s").bounds()).isEqualTo(Bounds.nonNegative());
        assertThat(Parameter.uncertain("ops", "USD", new Range(0, 0, 0.35), "d", "s").bounds()).isEqualTo(Bounds.nonNegative());
        assertThat(Parameter.uncertain("offset", "K", new Range(-5, 0, 5), "d", "s").bounds()).isEqualTo(Bounds.any());
    }

    @Test
    void theNewFactoriesDeclareTheirBounds() {
        Parameter coverage = Parameter.fraction("coverage", new Range(0.2, 0.5, 0.9), "d", "s");
        assertThat(coverage.bounds()).isEqualTo(Bounds.fraction());
        assertThat(coverage.distribution()).isEqualTo(Distribution.TRIANGULAR);
        Parameter on = Parameter.switchOf("dfa-only", true, "d", "s");
        assertThat(on.integer()).isTrue();
        assertThat(on.range()).isEqualTo(Range.of(1));
        assertThat(on.withRange(Range.of(0)).bounds()).isEqualTo(Bounds.switchOf());
    }

    @Test
    void aDefaultOutsideTheDeclaredBoundsIsThePluginsBug() {
        assertThatThrownBy(() -> Parameter.fixed("utilization", "1", 1.3, "d", "s").withBounds(Bounds.positiveFraction()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("parameter utilization: value 1.3 / 1.3 / 1.3 is not within (0, 1]");
    }

    @Test
    void containsHonoursOpenAndClosedEnds() {
        assertThat(Bounds.positiveFraction().contains(0)).isFalse();
        assertThat(Bounds.positiveFraction().contains(1)).isTrue();
        assertThat(Bounds.fraction().contains(new Range(0, 0.5, 1.01))).isFalse();
        assertThat(Bounds.switchOf().contains(2)).isFalse();
        assertThat(Bounds.any().contains(Double.NaN)).isFalse();
    }

    @Test
    void describesItselfInWords() {
        assertThat(Bounds.positiveFraction().describe()).isEqualTo("within (0, 1]");
        assertThat(Bounds.fraction().describe()).isEqualTo("within [0, 1]");
        assertThat(Bounds.atLeast(1).describe()).isEqualTo("at least 1");
        assertThat(Bounds.positive().describe()).isEqualTo("positive");
        assertThat(Bounds.nonNegative().describe()).isEqualTo("zero or more");
        assertThat(Bounds.any().describe()).isEqualTo("finite");
    }

    @Test
    void aChoiceAmongAFewValuesTakesThoseOnly() {
        Bounds bits = Bounds.oneOf(32, 4, 16, 8);
        assertThat(bits.contains(16)).isTrue();
        assertThat(bits.contains(3)).isFalse();
        assertThat(bits.contains(12)).as("between two of them").isFalse();
        assertThat(bits.contains(new Range(8, 16, 32))).isTrue(); // each end is one; ParameterResolver refuses ranges of a choice
        assertThat(bits.describe()).isEqualTo("one of 4, 8, 16 or 32");
        assertThat(Bounds.oneOf(1).describe()).isEqualTo("1");
        assertThat(new Bounds(0, true, 1, true)).as("the four-value form: every value between").isEqualTo(Bounds.fraction());
        assertThatThrownBy(() -> Bounds.oneOf()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFiveValueFormChecksItsValuesAsOneOfDoes() {
        java.util.List<Double> unsorted = java.util.List.of(8.0, 4.0);
        assertThatThrownBy(() -> new Bounds(4, true, 8, true, unsorted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increasing");
        assertThatThrownBy(() -> new Bounds(0, true, 1, true, java.util.List.of(2.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bounds(0, true, 1, true, null)).isInstanceOf(IllegalArgumentException.class);
        // either zero is the value zero (a List of Double tells them apart)
        assertThat(new Bounds(-1, true, 1, true, java.util.List.of(-0.0, 1.0)).contains(0.0)).isTrue();
        assertThat(Bounds.oneOf(0, 1).contains(-0.0)).isTrue();
    }
}
