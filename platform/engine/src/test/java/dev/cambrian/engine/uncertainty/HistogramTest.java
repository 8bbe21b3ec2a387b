package dev.cambrian.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    @DisplayName("log-uniform samples over three decades fill the 30 log bins about equally; the edges are the extremes")
    void logUniformFillsLogBinsEqually() {
        SplittableRandom rng = new SplittableRandom(3);
        double[] column = new double[200_000];
        for (int i = 0; i < column.length; i++) {
            column[i] = Math.pow(10, 3 * rng.nextDouble());
        }
        Histogram h = Histogram.of(column);
        assertThat(h.logBins()).isTrue();
        assertThat(h.valuesRead()).isEqualTo(200_000 / 4); // stride 4 keeps at most 65,536
        double[] read = new double[50_000];
        for (int i = 0; i < read.length; i++) {
            read[i] = column[4 * i];
        }
        assertThat(h.edges()[0]).isEqualTo(Arrays.stream(read).min().orElseThrow());
        assertThat(h.edges()[30]).isEqualTo(Arrays.stream(read).max().orElseThrow());
        assertThat(Arrays.stream(h.shares()).sum()).isCloseTo(1, within(1e-9));
        for (double share : h.shares()) {
            assertThat(share).isCloseTo(1.0 / 30, within(0.004)); // 50,000 values: a bin's share varies by ~0.0008
        }
        for (int j = 0; j < 30; j++) {
            assertThat(h.edges()[j + 1] / h.edges()[j]).isCloseTo(Math.pow(h.edges()[30] / h.edges()[0], 1.0 / 30), within(1e-9));
            assertThat(h.centre(j)).isBetween(h.edges()[j], h.edges()[j + 1]);
        }
    }

    @Test
    @DisplayName("NaN (no valid answer) is skipped; a zero makes the bins linear; one value is one full bin; none is null")
    void edgeCases() {
        Histogram withNaN = Histogram.of(new double[] {1, Double.NaN, 2, 3});
        assertThat(withNaN.valuesRead()).isEqualTo(3);
        assertThat(Arrays.stream(withNaN.shares()).sum()).isCloseTo(1, within(1e-12));
        Histogram linear = Histogram.of(new double[] {0, 5, 10});
        assertThat(linear.logBins()).isFalse();
        assertThat(linear.edges()[15]).isCloseTo(5, within(1e-12));
        Histogram one = Histogram.of(new double[] {7, 7, 7});
        assertThat(one.shares()[0]).isCloseTo(1, within(1e-12));
        assertThat(Histogram.of(new double[] {Double.NaN})).isNull();
    }
}
