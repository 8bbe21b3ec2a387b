package dev.cambrian.engine.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScaleModelTest {
    /** faraboschi2024barriers §1.3: a dense 1T model, C = 120 P^2. */
    private static final double DENSE_1T = 1.2e26;

    private static double speedup(double gpus, ScaleConfig faster) {
        return ScaleModel.seconds(DENSE_1T, gpus, ScaleConfig.BASE).getAsDouble()
                / ScaleModel.seconds(DENSE_1T, gpus, faster).getAsDouble();
    }

    @Test
    @DisplayName("faraboschi2024barriers §3.1: ~2x at 50k GPUs (golden: 1.6x to 2.3x); docs/models.md §3: 36% vs 69% useful")
    void optimizedIsAboutTwiceAsFastAt50k() {
        assertThat(speedup(50_000, ScaleConfig.OPTIMIZED)).isBetween(1.6, 2.3);
        assertThat(ScaleModel.usefulFraction(50_000, ScaleConfig.BASE)).isCloseTo(0.36, within(0.01));
        assertThat(ScaleModel.usefulFraction(50_000, ScaleConfig.OPTIMIZED)).isCloseTo(0.69, within(0.01));
    }

    @Test
    @DisplayName("faraboschi2024barriers §3.1: 'less with smaller systems': within 5% at 1,000 GPUs")
    void almostNoGainAt1k() {
        assertThat(speedup(1_000, ScaleConfig.OPTIMIZED)).isBetween(1.0, 1.05);
    }

    @Test
    @DisplayName("docs/models.md §3: the K-of-N runtime at face value takes the 50k gain to ~2.8x, beyond the paper's figure")
    void kOfNAtFaceValue() {
        assertThat(speedup(50_000, ScaleConfig.OPTIMIZED_K_OF_N)).isCloseTo(2.8, within(0.1));
    }

    @Test
    @DisplayName("faraboschi2024barriers §3.1: without the changes, large systems stop improving past a size (and near 100k make no progress)")
    void baseStopsImproving() {
        double fastest = ScaleModel.fastestSize(DENSE_1T, ScaleConfig.BASE);
        assertThat(fastest).isBetween(10_000.0, 100_000.0);
        assertThat(ScaleModel.seconds(DENSE_1T, fastest * 1.5, ScaleConfig.BASE).orElse(Double.POSITIVE_INFINITY))
                .isGreaterThan(ScaleModel.seconds(DENSE_1T, fastest, ScaleConfig.BASE).getAsDouble());
        assertThat(ScaleModel.seconds(DENSE_1T, 110_000, ScaleConfig.BASE)).isEmpty();
        assertThat(ScaleModel.fastestSize(DENSE_1T, ScaleConfig.OPTIMIZED)).isGreaterThan(fastest);
    }

    @Test
    void toleranceShareIsABinomialTail() {
        // p = 1.0 / 100 x 2 = 0.02 per group; P(Bin(99, 0.02) >= 1) = 1 - 0.98^99
        assertThat(dev.cambrian.api.formula.Reliability.stoppingShareWithTolerance(1.0, 100, 1, 2))
                .isCloseTo(1 - Math.pow(0.98, 99), within(1e-12));
        assertThat(dev.cambrian.api.formula.Reliability.stoppingShareWithTolerance(1.0, 100, 0, 2)).isEqualTo(1);
    }
}
