package dev.cambrian.api.absolute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanInputsTest {
    private static PlanInputs run(double hidden, long devices, double topK) {
        return new PlanInputs(new ModelShape(hidden, 80, 64, 7e10, 0), 7e10, 2e12, devices, 1e15, 64e9, 8, 9e11, 5e10, 4096, 1,
                4e6, 2, 4, 12, 0.9, 1, topK);
    }

    @Test
    @DisplayName("the written-out hash agrees with the record's equals (the feasibility memo's key) and tells runs apart")
    void hashAgreesWithEquals() {
        assertThat(run(8192, 1024, 1)).isEqualTo(run(8192, 1024, 1));
        assertThat(run(8192, 1024, 1).hashCode()).isEqualTo(run(8192, 1024, 1).hashCode());
        assertThat(run(8192, 1024, 1).onDevices(2048)).isEqualTo(run(8192, 2048, 1));
        assertThat(run(8192, 1024, 1).onDevices(2048).hashCode()).isEqualTo(run(8192, 2048, 1).hashCode());
        // the shape, the device count and the last component all reach the hash
        assertThat(run(8192, 1024, 1).hashCode()).isNotEqualTo(run(8193, 1024, 1).hashCode())
                .isNotEqualTo(run(8192, 1025, 1).hashCode()).isNotEqualTo(run(8192, 1024, 2).hashCode());
        // no shape (the record allows it): hashed, not a NullPointerException
        PlanInputs noShape = new PlanInputs(null, 7e10, 2e12, 8, 1e15, 64e9, 8, 9e11, 5e10, 4096, 1, 4e6, 2, 4, 12, 0.9, 1, 1);
        assertThat(noShape.hashCode()).isEqualTo(noShape.onDevices(8).hashCode());
    }
}
