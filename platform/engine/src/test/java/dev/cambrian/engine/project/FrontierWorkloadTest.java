package dev.cambrian.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.workload.WorkloadResolver;
import org.junit.jupiter.api.Test;

class FrontierWorkloadTest {
    @Test
    void theBaseYearsFrontierModelIsGpt4SizedAndItsFlopAreTheProjections() {
        ProjectionAssumptions a = ProjectionAssumptions.seed001();
        Workload w = WorkloadResolver.resolve(FrontierWorkload.request(ProjectionScenario.BEST_GUESS, a, 2023));
        // faraboschi2024barriers §1.3: GPT-4 1.8T parameters; K = 1 + 4 per year from the dense GPT-3 of 2021 = 9;
        // k = 40 gives 40 x 1.8T / 6 = 12T tokens (GPT-4 was trained on about 13T)
        assertThat(w.totalParameters()).isEqualTo(1.8e12);
        assertThat(w.experts()).isEqualTo(9);
        assertThat(w.tokens()).isCloseTo(1.2e13, within(1e3));
        assertThat(6 * w.activeParameters() * w.tokens()).isCloseTo(Projector.trainingFlop(ProjectionScenario.BEST_GUESS, a,
                2023), within(1e12));
        assertThat(w.trainingFlop()).isEqualTo(Projector.trainingFlop(ProjectionScenario.BEST_GUESS, a, 2023));
    }
}
