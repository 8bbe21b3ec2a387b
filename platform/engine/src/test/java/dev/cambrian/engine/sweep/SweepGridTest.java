package dev.cambrian.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {
    @Test
    void pointsAreNumberedRowMajorWithTheLastAxisFastest() {
        SweepGrid g = new SweepGrid(List.of(new SweepGrid.Axis("workload", List.of("gpt-3", "gpt-4")),
                new SweepGrid.Axis("devices", List.of("1000", "2000", "4000")),
                new SweepGrid.Axis("backend", List.of("a", "b"))));
        assertThat(g.points()).isEqualTo(12);
        assertThat(g.labels(0)).containsExactly("gpt-3", "1000", "a");
        assertThat(g.labels(1)).containsExactly("gpt-3", "1000", "b");
        assertThat(g.labels(2)).containsExactly("gpt-3", "2000", "a");
        assertThat(g.labels(11)).containsExactly("gpt-4", "4000", "b");
    }
}
