package dev.cambrian.engine.project;

import static dev.cambrian.engine.project.ProjectionScenario.BEST_CASE;
import static dev.cambrian.engine.project.ProjectionScenario.BEST_GUESS;
import static dev.cambrian.engine.project.ProjectionScenario.WORST_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;

/** faraboschi2024barriers §2.1's figures for the best guess, each within the 25%, and its crossing years. */
class ProjectorGoldenTest {
    private static final double TOLERANCE_PERCENT = 25;
    private static final ProjectionAssumptions SEED = ProjectionAssumptions.seed001();

    private static Projection run(ProjectionScenario s) {
        return Projector.project(s, SEED, Projector.FIRST_YEAR, Projector.LAST_YEAR);
    }

    private static ProjectionYear year(Projection p, int year) {
        return p.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static int crossing(Projection p, String lineId) {
        return p.crossings().stream().filter(c -> c.lineId().equals(lineId)).findFirst().orElseThrow().year().orElseThrow();
    }

    @Test
    void gpt3In2021CostAbout4point8MillionInCloudAndLessThan1MillionInGpus() {
        // faraboschi2024barriers §2.1: "When GPT-3 (175B parameters) was trained in 2021, we estimate it took less than $1M in GPU
        // costs (corresponding to $4.8M in cloud costs)."
        ProjectionYear gpt3 = year(run(BEST_GUESS), 2021);
        assertThat(gpt3.parameters()).as("the anchor itself, not a power that lands near it").isEqualTo(175e9);
        assertThat(gpt3.cloudCostUsd()).isCloseTo(4.8e6, withinPercentage(TOLERANCE_PERCENT));
        assertThat(gpt3.gpuCostUsd()).isLessThan(1e6).isCloseTo(1e6, withinPercentage(TOLERANCE_PERCENT));
    }

    @Test
    void gpt4In2023Cost32MillionInCloudAnd6point7MillionInGpus() {
        // faraboschi2024barriers §2.1: "By the time GPT-4 (estimated to be 1.8T parameters) was trained in 2023 the GPU cost had
        // risen to $6.7M (corresponding to $32M in cloud costs)." The calibration anchor: cloud is exact by design.
        ProjectionYear gpt4 = year(run(BEST_GUESS), 2023);
        assertThat(gpt4.parameters()).isCloseTo(1.8e12, withinPercentage(0.001));
        assertThat(gpt4.cloudCostUsd()).isCloseTo(32e6, withinPercentage(TOLERANCE_PERCENT));
        assertThat(gpt4.gpuCostUsd()).isCloseTo(6.7e6, withinPercentage(TOLERANCE_PERCENT));
    }

    @Test
    void in2028ASingleRunCosts93BillionInCloudAnd19BillionInGpus() {
        // faraboschi2024barriers §2.1: "the cost to train a single model could rise to $19B in 2028 in GPU costs alone
        // (corresponding to $93B in cloud costs)."
        ProjectionYear y2028 = year(run(BEST_GUESS), 2028);
        assertThat(y2028.cloudCostUsd()).isCloseTo(93e9, withinPercentage(TOLERANCE_PERCENT));
        assertThat(y2028.gpuCostUsd()).isCloseTo(19e9, withinPercentage(TOLERANCE_PERCENT));
    }

    @Test
    void theBestGuessCrossesTheGpuInstalledBaseBy2029AndItSpendingBy2032() {
        // faraboschi2024barriers §2.1: "the cost to train a single LLM will exceed the annual value of the worldwide GPU installed
        // base by 2029, and the annual global IT spending by 2032"; the issue allows a year either way.
        Projection guess = run(BEST_GUESS);
        assertThat(crossing(guess, ReferenceLines.GPU_INSTALLED_BASE)).isBetween(2028, 2030);
        assertThat(crossing(guess, ReferenceLines.IT_SPENDING)).isBetween(2031, 2033);
        // "soon hit hard-to-break spending caps (e.g., 1% of US GDP)": GDP itself falls no earlier than IT spending.
        assertThat(crossing(guess, ReferenceLines.US_GDP)).isBetween(crossing(guess, ReferenceLines.IT_SPENDING), 2035);
    }

    @Test
    void bestAndWorstCasesMoveTheCrossingsByAboutAYear() {
        // faraboschi2024barriers §2.1: "Even when looking at best and worst case scenarios, the intersection points only move back
        // or forward by no more than one year."
        Projection best = run(BEST_CASE);
        Projection guess = run(BEST_GUESS);
        Projection worst = run(WORST_CASE);
        for (String line : List.of(ReferenceLines.GPU_INSTALLED_BASE, ReferenceLines.IT_SPENDING, ReferenceLines.US_GDP)) {
            int g = crossing(guess, line);
            assertThat(crossing(best, line)).as("best case, " + line).isBetween(g, g + 1);
            assertThat(crossing(worst, line)).as("worst case, " + line).isBetween(g - 1, g);
            assertThat(crossing(best, line)).as("best later than worst, " + line).isGreaterThan(crossing(worst, line));
        }
    }
}
