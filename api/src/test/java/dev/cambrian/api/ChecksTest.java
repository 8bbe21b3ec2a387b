package dev.cambrian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    @DisplayName("nonNegative: finite and not below zero (-0 included); NaN and infinities are not finite, a negative is negative")
    void nonNegative() {
        assertThat(Checks.nonNegative("x", 0.0)).isZero();
        assertThat(Checks.nonNegative("x", -0.0)).isEqualTo(-0.0);
        assertThat(Checks.nonNegative("x", 2.5)).isEqualTo(2.5);
        assertThatThrownBy(() -> Checks.nonNegative("x", Double.NaN)).hasMessage("x must be a finite number, got NaN");
        assertThatThrownBy(() -> Checks.nonNegative("x", Double.POSITIVE_INFINITY)).hasMessage("x must be a finite number, got Infinity");
        assertThatThrownBy(() -> Checks.nonNegative("x", Double.NEGATIVE_INFINITY)).hasMessage("x must be a finite number, got -Infinity");
        assertThatThrownBy(() -> Checks.nonNegative("x", -1e-300)).hasMessage("x must not be negative, got -1.0E-300");
    }

    @Test
    @DisplayName("nonNegativeValues names the entry that fails, and passes a map whose values are all finite and not below zero")
    void nonNegativeValuesNamesTheEntry() {
        Map<String, Double> fine = new LinkedHashMap<>();
        fine.put("a", 0.0);
        fine.put("b", 3.0);
        Checks.nonNegativeValues("split", fine);
        Map<String, Double> bad = new LinkedHashMap<>(fine);
        bad.put("c", -2.0);
        assertThatThrownBy(() -> Checks.nonNegativeValues("split", bad)).hasMessage("split[c] must not be negative, got -2.0");
        bad.put("c", Double.NaN);
        assertThatThrownBy(() -> Checks.nonNegativeValues("split", bad)).hasMessage("split[c] must be a finite number, got NaN");
        bad.put("c", null);
        assertThatThrownBy(() -> Checks.nonNegativeValues("split", bad)).hasMessage("split[c] is missing");
    }
}
