package dev.cambrian.api;

import static dev.cambrian.api.OperationClass.ATTENTION;
import static dev.cambrian.api.OperationClass.DENSE_MATMUL;
import static dev.cambrian.api.OperationClass.ELEMENTWISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An overhead attributed to the classes that cause it (API 1.8.0): what a compound giving a backend some classes bills.
 * 0.1 + 0.2 + 0.3 does not add up to 0.6 in doubles, so "all its classes" must give the stated overhead exactly, not the
 * sum of parts.
 */
class OverheadByClassTest {
    private static final Map<OperationClass, Double> SECONDS = Map.of(DENSE_MATMUL, 10.0, ATTENTION, 20.0, ELEMENTWISE, 30.0);

    private static TimeEstimate time(Map<OperationClass, Double> parts) {
        return new TimeEstimate(60.6, SECONDS, 0.6, List.of(), List.of()).withOverheadByClass(parts);
    }

    @Test
    void everyClassThatBringsSomeGivesTheStatedOverheadExactly() {
        TimeEstimate t = time(Map.of(DENSE_MATMUL, 0.1, ATTENTION, 0.2, ELEMENTWISE, 0.3));
        assertThat(0.1 + 0.2 + 0.3).isNotEqualTo(0.6);
        assertThat(t.overheadSecondsFor(Set.of(DENSE_MATMUL, ATTENTION, ELEMENTWISE))).isEqualTo(0.6);
        assertThat(t.overheadSecondsFor(Set.of(ATTENTION))).isEqualTo(0.2);
        assertThat(t.overheadSecondsFor(Set.of(DENSE_MATMUL, ELEMENTWISE))).isEqualTo(0.1 + 0.3);
        assertThat(t.overheadSecondsFor(Set.of())).isZero();
        // a class with no part need not be run for the whole to be due
        TimeEstimate two = time(Map.of(DENSE_MATMUL, 0.2, ATTENTION, 0.4, ELEMENTWISE, 0.0));
        assertThat(two.overheadSecondsFor(Set.of(DENSE_MATMUL, ATTENTION))).isEqualTo(0.6);
    }

    @Test
    void anOverheadNotAttributedIsPaidWholeForAnyClass() {
        TimeEstimate t = new TimeEstimate(60.6, SECONDS, 0.6, List.of(), List.of());
        assertThat(t.overheadSecondsByClass()).isEmpty();
        assertThat(t.overheadSecondsFor(Set.of(ATTENTION))).isEqualTo(0.6);
        assertThat(t.overheadSecondsFor(Set.of())).isZero();
    }

    @Test
    void partsMustBeTheEstimatesClassesAndAddUpToTheOverhead() {
        assertThatThrownBy(() -> time(Map.of(DENSE_MATMUL, 0.1, ATTENTION, 0.2)))
                .hasMessageContaining("does not add up to the overhead");
        assertThatThrownBy(() -> time(Map.of(OperationClass.OPTIMIZER, 0.6)))
                .hasMessageContaining("names optimizer, which the estimate's classes do not have");
        assertThatThrownBy(() -> time(Map.of(DENSE_MATMUL, 0.7, ATTENTION, -0.1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAttributionSurvivesThePlanTheWarningsAndTheEnergySplitInProportion() {
        TimeEstimate t = time(Map.of(DENSE_MATMUL, 0.1, ATTENTION, 0.2, ELEMENTWISE, 0.3));
        assertThat(t.withWarnings(List.of("a caveat")).overheadSecondsByClass()).isEqualTo(t.overheadSecondsByClass());
        assertThat(t.withWarnings(List.of("a caveat")).warnings()).containsExactly("a caveat");
        // energy drawn as the time is spent: 2 J a second
        EnergyEstimate e = EnergyEstimate.proportionalTo(t, 121.2, List.of(), List.of());
        assertThat(e.overheadJoulesFor(Set.of(ATTENTION))).isEqualTo(0.4);
        assertThat(e.overheadJoulesFor(Set.of(DENSE_MATMUL, ATTENTION, ELEMENTWISE))).isEqualTo(e.overheadJoules());
        EnergyEstimate whole = new EnergyEstimate(10, Map.of(ATTENTION, 9.0), 1, List.of(), List.of());
        assertThat(whole.overheadJoulesFor(Set.of(ATTENTION))).isEqualTo(1);
    }
}
