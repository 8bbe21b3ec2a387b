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

    @Test
    @DisplayName("id takes exactly what [a-z0-9]+(-[a-z0-9]+)* matches: no upper case, underscore, letter outside a-z, or hyphen at an end or doubled")
    void idIsLowerKebabCase() {
        java.util.regex.Pattern kebab = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (String id : java.util.List.of("a", "gpu-h100", "1-2-3", "ab-cd9", "x-1", "-a", "a-", "a--b", "-", "--", "A", "gpu-H100",
                "a_b", "a b", "\u00e9t\u00e9", "a.b", "0", "mi355x-")) {
            if (kebab.matcher(id).matches()) {
                assertThat(Checks.id("id", id)).as(id).isEqualTo(id);
            } else {
                assertThatThrownBy(() -> Checks.id("id", id)).as(id)
                        .hasMessage("id must be lower-case kebab-case (a-z, 0-9, '-'), got '" + id + "'");
            }
        }
        assertThatThrownBy(() -> Checks.id("id", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
