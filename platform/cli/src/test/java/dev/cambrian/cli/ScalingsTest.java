package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.api.Economics;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.scale.ScaleConfig;
import dev.cambrian.engine.scale.ScaleDerivation;
import dev.cambrian.engine.scale.ScaleModel;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingsTest {
    /** faraboschi2024barriers §1.3: dense 1T, C = 120 P^2 = 1.2e26 FLOP. */
    private static final Workload DENSE_1T = WorkloadResolver.resolve(WorkloadCatalog.preset("dense-1t").orElseThrow());
    private static final Scenario SCENARIO = new Scenario("test", "test", "gpu-h100", new Economics(0.10, 2026), Map.of(),
            Map.of(), null, Map.of());

    @Test
    void sizesComeBackInTheOrderAskedWithTheModelsTimesDenseAndMoe() {
        List<Long> asked = List.of(50_000L, 1_000L, 110_000L);
        Scalings.Result r = Scalings.sweep(SCENARIO, DENSE_1T, asked, null);
        assertThat(r.denseFlop()).isEqualTo(1.2e26);
        assertThat(r.moeFlop()).isEqualTo(1.2e26 / 8);
        assertThat(r.sizes()).extracting(Scalings.Size::gpus).containsExactlyElementsOf(asked);
        for (Scalings.Size size : r.sizes()) {
            assertThat(size.denseSeconds().keySet()).containsExactlyElementsOf(Scalings.CONFIGS);
            for (ScaleConfig c : Scalings.CONFIGS) {
                assertThat(size.denseSeconds().get(c)).isEqualTo(ScaleModel.seconds(1.2e26, size.gpus(), c));
                assertThat(size.moeSeconds().get(c)).isEqualTo(ScaleModel.seconds(1.2e26 / 8, size.gpus(), c));
            }
        }
        // docs/models.md §3: the base configuration makes no progress on dense 1T at 110,000 GPUs
        assertThat(r.sizes().get(2).denseSeconds().get(ScaleConfig.BASE)).isEmpty();
        assertThat(r.sizes().get(2).optimizedSpeedup()).isEmpty();
        Scalings.Size at50k = r.sizes().get(0);
        assertThat(at50k.optimizedSpeedup()).hasValue(at50k.denseSeconds().get(ScaleConfig.BASE).getAsDouble()
                / at50k.denseSeconds().get(ScaleConfig.OPTIMIZED).getAsDouble());
        for (ScaleConfig c : Scalings.CONFIGS) {
            assertThat(r.fastestSizeGpus().get(c)).isEqualTo(ScaleModel.fastestSize(1.2e26, c));
        }
        assertThat(r.explainedOrNull()).isNull();
        assertThat(r.leversNotApplied()).isEmpty();
    }

    @Test
    void explainGivesEachConfigurationsDerivationAtTheSize() {
        Scalings.Explained e = Scalings.sweep(SCENARIO, DENSE_1T, Scalings.DEFAULT_SIZES, 50_000L).explainedOrNull();
        assertThat(e.gpus()).isEqualTo(50_000);
        assertThat(e.steps().keySet()).containsExactlyElementsOf(Scalings.CONFIGS);
        for (ScaleConfig c : Scalings.CONFIGS) {
            assertThat(e.steps().get(c)).isEqualTo(ScaleDerivation.of(1.2e26, 50_000, c));
        }
    }

    @Test
    void leversThatChangeABackendsParametersAreListedAsNotApplied() {
        Scenario levered = SCENARIO.withLevers(LeverSetting.parse(List.of("resilience", "data-reduction=0.5"), "--lever"));
        List<String> notApplied = Scalings.sweep(levered, DENSE_1T, List.of(1_000L), null).leversNotApplied();
        assertThat(notApplied).hasSize(1);
        assertThat(notApplied.get(0)).startsWith("resilience");
    }

    @Test
    void aSizeBelowOneIsRejectedNamingTheOption() {
        assertThatThrownBy(() -> Scalings.sweep(SCENARIO, DENSE_1T, List.of(1_000L, 0L), null))
                .isInstanceOf(InputException.class).hasMessage("--devices: sizes must be at least 1, got 0");
        assertThatThrownBy(() -> Scalings.sweep(SCENARIO, DENSE_1T, List.of(1_000L), 0L))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--explain: ");
    }
}
