package dev.cambrian.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Derivation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionDerivationTest {
    private static final ProjectionAssumptions SEED = ProjectionAssumptions.seed001();

    private static double value(List<Derivation> steps, String quantity) {
        return steps.stream().filter(d -> d.quantity().equals(quantity)).findFirst().orElseThrow().value();
    }

    @Test
    void costsAreProjectorsForEveryScenarioBeforeAtAndAfterTheBaseYear() {
        for (ProjectionScenario s : ProjectionScenario.values()) {
            for (int year : new int[] {2020, 2021, 2023, 2024, 2028, 2035}) {
                ProjectionYear y = Projector.project(s, SEED, year, year).years().get(0);
                List<Derivation> steps = ProjectionDerivation.of(s, SEED, year);
                assertThat(value(steps, "cloud cost")).as(s.id() + " " + year).isEqualTo(y.cloudCostUsd());
                assertThat(value(steps, "GPU cost")).isEqualTo(y.gpuCostUsd());
                assertThat(value(steps, "model size")).isEqualTo(y.parameters());
                assertThat(value(steps, "MoE experts")).isEqualTo(y.experts());
                assertThat(value(steps, "training FLOP")).isEqualTo(y.trainingFlop());
                assertThat(value(steps, "price per FLOP")).isEqualTo(y.usdPerFlop());
                assertThat(steps).allSatisfy(d -> assertThat(d.source()).isNotBlank());
            }
        }
    }

    @Test
    void namesTheRuleForModelSizeAndTheCalibrationAnchor() {
        List<Derivation> before = ProjectionDerivation.of(ProjectionScenario.BEST_GUESS, SEED, 2021);
        List<Derivation> after = ProjectionDerivation.of(ProjectionScenario.WORST_CASE, SEED, 2028);
        assertThat(before.get(0).formula()).contains("log-line through the earlier model");
        assertThat(before.get(0).source()).contains("GPT-3 175B in 2021");
        assertThat(after.get(0).formula()).contains("growth from the base year");
        assertThat(after).extracting(Derivation::quantity).containsExactly("model size", "MoE experts",
                "FLOP per parameter with tokens", "training FLOP", "price per FLOP in the base year", "price per FLOP",
                "cloud cost", "GPU cost");
        Derivation calibration = after.get(4);
        assertThat(calibration.value()).isEqualTo(SEED.usdPerFlopInBaseYear());
        assertThat(calibration.source()).contains("$32M");
        // worst case after the base year: its own k = 120, no experts added (faraboschi2024barriers Table 1)
        assertThat(value(after, "FLOP per parameter with tokens")).isEqualTo(120);
        assertThat(value(after, "MoE experts")).isEqualTo(9);
        assertThat(after.get(2).source()).contains("worst-case");
        assertThat(before.get(2).source()).contains("best-guess");
    }

    @Test
    void otherAssumptionsAreNotCreditedToTheSeed() {
        ProjectionAssumptions mine = new ProjectionAssumptions(2e12, 2023, 1.0, 2.0, 4.0, 1e-18, List.of(), "my file");
        List<Derivation> steps = ProjectionDerivation.of(ProjectionScenario.BEST_GUESS, mine, 2026);
        assertThat(steps.get(0).source()).isEqualTo("projection assumptions: my file");
        assertThat(steps.get(4).formula()).isEqualTo("given");
        assertThat(value(steps, "cloud cost")).isEqualTo(
                Projector.project(ProjectionScenario.BEST_GUESS, mine, 2026, 2026).years().get(0).cloudCostUsd());
    }

    @Test
    void theModelsSentenceIsReadFromItsFigures() {
        // faraboschi2024barriers §2.1 and Table 1, as docs/models.md §7 gives them
        String said = Projector.describe(ProjectionAssumptions.seed001());
        assertThat(said).contains("FLOP per parameter (20 / 40 / 120)", "P +180%/year from 1.8T in 2023 (175B in 2021 before it)",
                "K = 1 + 4 experts a year from 2021 to 2023 (9 in 2023), then + 8 / 4 / 0 a year",
                "halving every 2.46 years", "GPU cost = cloud / 4.8");
        ProjectionAssumptions other = new ProjectionAssumptions(2e12, 2024, 1.5, 2.0, 4.0, 1e-17, java.util.List.of(), "test",
                2020, 1e11);
        assertThat(Projector.describe(other)).contains("P +150%/year from 2T in 2024 (100B in 2020 before it)",
                "(17 in 2024)", "halving every 2 years").endsWith("cloud / 4");
    }
}
