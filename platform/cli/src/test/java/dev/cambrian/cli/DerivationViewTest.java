package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Derivation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivationViewTest {
    private static final List<Derivation> STEPS = List.of(
            new Derivation("training time", 1.04e7, "s", "C / sustained throughput", "C = 1.0E27 FLOP", "docs/models.md §2"),
            new Derivation("useful fraction", 0.5, "1", "1 - lost", "", "docs/models.md §3"));

    @Test
    void rowsCarryTheValueWithItsUnitAndDimensionlessValuesBare() {
        assertThat(DerivationView.table("t", STEPS).columns()).containsExactly("quantity", "value", "formula", "inputs", "source");
        assertThat(DerivationView.rows(STEPS)).containsExactly(
                List.of("training time", "1.04e+07 s", "C / sustained throughput", "C = 1.0E27 FLOP", "docs/models.md §2"),
                List.of("useful fraction", "0.5", "1 - lost", "", "docs/models.md §3"));
    }

    @Test
    void jsonKeepsTheRawValueAndTheKeysInOrder() {
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) DerivationView.json(STEPS).get(0);
        assertThat(first.keySet()).containsExactly("quantity", "value", "unit", "formula", "inputs", "source");
        assertThat(first.get("value")).isEqualTo(1.04e7);
    }
}
