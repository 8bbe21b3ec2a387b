package dev.cambrian.plugins.cerebras;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Profile;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteBackend;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadRequest;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan that keeps more activations on a CS-3 than its 44 GB of SRAM is named (a hostile tester found gpt-3 planned with
 * 447 GB of them per system, against the memory source's own "44 GB on-wafer SRAM holds activations"); the time is the kit's.
 */
class WaferSramCheckTest {
    private static final Economics ECONOMICS = new Economics(0.081, 2026);

    private static TimeEstimate time(HardwareBackend b, Workload w) {
        Scenario scenario = new Scenario("t", "test", "gpu-h100", ECONOMICS, Map.of(b.info().id(), Profile.CURRENT), Map.of(), null,
                Map.of());
        var params = ParameterResolver.resolve(b.info().id(), b.parameters(), scenario);
        return b.speedup().estimate(new ModelInput(w, params.nominal(), ECONOMICS, null));
    }

    @Test
    void moreActivationsThanTheWaferHoldsAreNamedAndTheTimeIsTheKits() {
        CerebrasCs3Backend cs3 = new CerebrasCs3Backend();
        HardwareBackend kitOnly = new AbsoluteBackend(CerebrasCatalog.CS3) { };
        Workload gpt3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());
        TimeEstimate checked = time(cs3, gpt3);
        assertThat(checked.plan().orElseThrow().memoryBytes().get("activations")).isGreaterThan(WaferSramCheck.SRAM_BYTES);
        assertThat(checked.warnings()).anyMatch(w -> w.startsWith("the plan keeps ") && w.contains("more than its 44 GB of on-wafer SRAM"));
        assertThat(checked.trainingSeconds()).isEqualTo(time(kitOnly, gpt3).trainingSeconds());

        Workload small = WorkloadResolver.resolve(new WorkloadRequest("small", "small", 1e9, 1e9, 2e10, null, 1,
                Architecture.DENSE_TRANSFORMER, null, "test"));
        TimeEstimate fits = time(cs3, small);
        assertThat(fits.plan().orElseThrow().memoryBytes().get("activations")).isLessThanOrEqualTo(WaferSramCheck.SRAM_BYTES);
        assertThat(fits.warnings()).noneMatch(w -> w.contains("on-wafer SRAM"));
    }
}
