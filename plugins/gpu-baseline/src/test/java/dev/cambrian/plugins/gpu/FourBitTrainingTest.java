package dev.cambrian.plugins.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FP4 training has no published run behind the fitted utilization: the estimate says so (it was 3.6x BF16 without a word). */
class FourBitTrainingTest {
    private static final Economics ECONOMICS = new Economics(0.081, 2026);

    private List<String> warnings(int bits) {
        return warnings(Map.of(AbsoluteParameters.PRECISION, Range.of(bits)));
    }

    private List<String> warnings(Map<String, Range> values) {
        HardwareBackend b200 = new GpuB200Backend();
        Scenario scenario = new Scenario("fp4", "test", "gpu-b200", ECONOMICS, Map.of("gpu-b200", Profile.CURRENT),
                Map.of("gpu-b200", values), null, Map.of());
        Workload gpt3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());
        var params = ParameterResolver.resolve("gpu-b200", b200.parameters(), scenario);
        return b200.speedup().estimate(new ModelInput(gpt3, params.nominal(), ECONOMICS, null)).warnings();
    }

    @Test
    void fourBitsAreNamedAsAnExtrapolation() {
        assertThat(warnings(4)).anyMatch(w -> w.startsWith("FP4 training is extrapolated"));
        assertThat(warnings(8)).noneMatch(w -> w.startsWith("FP4"));
        assertThat(warnings(16)).noneMatch(w -> w.startsWith("FP4"));
        // a utilization the user gives replaces the fitted model, and its FP8 factor with it
        assertThat(warnings(Map.of(AbsoluteParameters.PRECISION, Range.of(4), AbsoluteParameters.UTILIZATION, Range.of(0.3))))
                .noneMatch(w -> w.startsWith("FP4"));
    }
}
