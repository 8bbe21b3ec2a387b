package dev.cambrian.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitByClassTest {
    @Test
    void partsThatAddUpAreKeptAndCopied() {
        TimeEstimate t = new TimeEstimate(10, Map.of(OperationClass.DENSE_MATMUL, 7.0), 3, List.of(), List.of());
        assertThat(t.secondsByClass()).containsEntry(OperationClass.DENSE_MATMUL, 7.0);
        assertThatThrownBy(() -> t.secondsByClass().put(OperationClass.ATTENTION, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
        EnergyEstimate e = EnergyEstimate.proportionalTo(t, 100, List.of(), List.of());
        assertThat(e.joulesByClass().get(OperationClass.DENSE_MATMUL)).isEqualTo(70.0);
        assertThat(e.overheadJoules()).isEqualTo(30.0);
    }

    @Test
    void partsThatDoNotAddUpAreRejectedWithTheirUnit() {
        assertThatThrownBy(() -> new TimeEstimate(10, Map.of(OperationClass.DENSE_MATMUL, 7.0), 2, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secondsByClass plus overheadSeconds (9.0 s) does not add up to trainingSeconds (10.0 s)");
        assertThatThrownBy(() -> new EnergyEstimate(5, Map.of(OperationClass.ATTENTION, 6.0), 0, List.of(), List.of()))
                .hasMessageContaining("joulesByClass plus overheadJoules (6.0 J) does not add up to joules (5.0 J)");
        assertThatThrownBy(() -> new EnergyEstimate(5, Map.of(OperationClass.ATTENTION, -1.0), 6, List.of(), List.of()))
                .hasMessageContaining("joulesByClass[ATTENTION]");
    }
}
