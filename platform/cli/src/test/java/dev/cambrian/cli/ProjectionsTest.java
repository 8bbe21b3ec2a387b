package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Economics;
import dev.cambrian.engine.project.Projection;
import dev.cambrian.engine.project.ProjectionAssumptions;
import dev.cambrian.engine.project.ProjectionDerivation;
import dev.cambrian.engine.project.ProjectionScenario;
import dev.cambrian.engine.project.ProjectionYear;
import dev.cambrian.engine.project.Projector;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionsTest {
    private static final ProjectionAssumptions SEED = ProjectionAssumptions.seed001();

    @Test
    void eachScenariosProjectionIsTheEnginesInScenarioOrder() {
        Map<ProjectionScenario, Projection> plain = Projections.plain(SEED, 2020, 2035);
        assertThat(plain.keySet()).containsExactly(ProjectionScenario.values());
        for (ProjectionScenario s : ProjectionScenario.values()) {
            assertThat(plain.get(s)).isEqualTo(Projector.project(s, SEED, 2020, 2035));
        }
        // faraboschi2024barriers Table 1: the best guess is calibrated on GPT-4's $32M in 2023
        ProjectionYear gpt4 = plain.get(ProjectionScenario.BEST_GUESS).years().get(2023 - 2020);
        assertThat(gpt4.year()).isEqualTo(2023);
        assertThat(gpt4.cloudCostUsd()).isBetween(31e6, 33e6);
    }

    @Test
    void withoutBackendsOrLeversNoPluginIsNeededAndTheDerivationsAreTheEngines() {
        Scenario scenario = new Scenario("test", "test", "gpu-h100", new Economics(0.10, 2026), Map.of(), Map.of(), null,
                Map.of());
        var request = new Projections.Request(2022, 2030, SEED, List.of(), null, 2026, 2028);
        // no backend and no lever: nothing is estimated, so no plugin context is needed
        Projections.Result r = Projections.project(null, scenario,
                WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow()), request);
        assertThat(r.plain()).isEqualTo(Projections.plain(SEED, 2022, 2030));
        assertThat(r.backends()).isEmpty();
        assertThat(r.leversOrNull()).isNull();
        assertThat(r.explainedOrNull().year()).isEqualTo(2028);
        for (ProjectionScenario s : ProjectionScenario.values()) {
            assertThat(r.explainedOrNull().steps().get(s)).isEqualTo(ProjectionDerivation.of(s, SEED, 2028));
        }
    }
}
