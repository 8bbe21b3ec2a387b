package dev.cambrian.api.relative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docs/models.md §4: the work a hybrid leaves on the baseline runs on the fleet it keeps. */
class FleetScaleTest {
    @Test
    void fewerGpusThanTheReferenceTakeLongerAndMoreAreNotCredited() {
        // half the reference run's GPUs: twice its time (an upper bound)
        assertThat(RelativeTime.fleetScale(200_000, 100_000)).isEqualTo(2);
        // quantum-hybrid's 200,000 GPUs beside a 1,000-GPU reference run: its time, not 1/200 of it
        assertThat(RelativeTime.fleetScale(1_000, 200_000)).isEqualTo(1);
        assertThat(RelativeTime.fleetScale(100_000, 100_000)).isEqualTo(1);
    }
}
