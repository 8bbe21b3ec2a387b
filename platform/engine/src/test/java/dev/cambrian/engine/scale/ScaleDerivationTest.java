package dev.cambrian.engine.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Derivation;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScaleDerivationTest {
    /** faraboschi2024barriers §1.3: a dense 1T model, C = 120 P^2. */
    private static final double DENSE_1T = 1.2e26;
    private static final List<ScaleConfig> CONFIGS = List.of(ScaleConfig.BASE, ScaleConfig.OPTIMIZED,
            ScaleConfig.OPTIMIZED_K_OF_N);

    private static Derivation step(List<Derivation> steps, String quantity) {
        return steps.stream().filter(d -> d.quantity().equals(quantity)).findFirst().orElseThrow();
    }

    @Test
    void timeIsScaleModelsAt1kAnd50kInEveryConfiguration() {
        for (ScaleConfig c : CONFIGS) {
            for (double n : new double[] {1_000, 50_000}) {
                List<Derivation> steps = ScaleDerivation.of(DENSE_1T, n, c);
                assertThat(step(steps, "training time").value()).as(c.name() + " " + n)
                        .isEqualTo(ScaleModel.seconds(DENSE_1T, n, c).getAsDouble());
                assertThat(step(steps, "useful fraction").value()).isEqualTo(ScaleModel.usefulFraction(n, c));
                assertThat(steps).allSatisfy(d -> assertThat(d.source()).isNotBlank());
            }
        }
    }

    @Test
    void kOfNAddsItsStoppingShareAndBaseDoesNot() {
        List<Derivation> kOfN = ScaleDerivation.of(DENSE_1T, 50_000, ScaleConfig.OPTIMIZED_K_OF_N);
        assertThat(step(kOfN, "stopping share (K-of-N)").value()).isBetween(0.0, 1.0);
        assertThat(ScaleDerivation.of(DENSE_1T, 50_000, ScaleConfig.BASE)).extracting(Derivation::quantity)
                .containsExactly("interrupt rate", "mean time to interrupt (M)", "checkpoint time", "checkpoint interval",
                        "useful fraction", "weak-scaling efficiency", "sustained rate", "training time");
        // docs/models.md §3: 36% useful at 50k in the base configuration
        assertThat(step(ScaleDerivation.of(DENSE_1T, 50_000, ScaleConfig.BASE), "useful fraction").value())
                .isBetween(0.35, 0.37);
    }

    @Test
    void aJobNoInterruptStopsNeedsNoCheckpoints() {
        // a runtime that tolerates every other group being down: no interrupt ever stops the job
        ScaleConfig all = new ScaleConfig("all-tolerated", "tolerates 99 of 100 groups down", 2e12, 0.5, 99, 100);
        assertThat(ScaleModel.stoppingInterruptsPerHour(100, all)).isZero();
        List<Derivation> steps = ScaleDerivation.of(DENSE_1T, 100, all);
        assertThat(step(steps, "useful fraction").formula()).isEqualTo("1: no interrupt stops the job");
        assertThat(steps).extracting(Derivation::quantity).doesNotContain("checkpoint time");
        assertThat(step(steps, "training time").value()).isEqualTo(ScaleModel.seconds(DENSE_1T, 100, all).getAsDouble());
    }

    @Test
    void aTinyStoppingShareStillCountsAtSmallSizes() {
        // 100 GPUs under K-of-N: interrupts almost never stop the job, but the share is not rounded to 0
        assertThat(ScaleModel.stoppingInterruptsPerHour(100, ScaleConfig.OPTIMIZED_K_OF_N)).isPositive();
        assertThat(step(ScaleDerivation.of(DENSE_1T, 100, ScaleConfig.OPTIMIZED_K_OF_N), "useful fraction").value())
                .isBetween(0.999, 1.0);
    }

    @Test
    void saysSoWhenThereIsNoProgress() {
        OptionalDouble none = ScaleModel.seconds(DENSE_1T, 110_000, ScaleConfig.BASE);
        assertThat(none).isEmpty();
        List<Derivation> steps = ScaleDerivation.of(DENSE_1T, 110_000, ScaleConfig.BASE);
        assertThat(steps.get(steps.size() - 1).quantity()).isEqualTo("no progress");
        assertThat(steps).extracting(Derivation::quantity).doesNotContain("training time");
    }
}
