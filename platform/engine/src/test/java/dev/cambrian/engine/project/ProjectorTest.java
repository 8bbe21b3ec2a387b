package dev.cambrian.engine.project;

import static dev.cambrian.engine.project.ProjectionScenario.BEST_CASE;
import static dev.cambrian.engine.project.ProjectionScenario.BEST_GUESS;
import static dev.cambrian.engine.project.ProjectionScenario.WORST_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.cambrian.engine.InputException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProjectorTest {
    private static final ProjectionAssumptions SEED = ProjectionAssumptions.seed001();

    private static ProjectionYear year(Projection p, int year) {
        return p.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static OptionalInt crossing(Projection p, String lineId) {
        return p.crossings().stream().filter(c -> c.lineId().equals(lineId)).findFirst().orElseThrow().year();
    }

    @Test
    void coversTheRequestedYearsAndCrossesEveryLine() {
        Projection p = Projector.project(BEST_GUESS, SEED, 2020, 2035);
        assertThat(p.years()).extracting(ProjectionYear::year).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026,
                2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035);
        assertThat(p.crossings()).extracting(Crossing::lineId).containsExactly(ReferenceLines.GPU_INSTALLED_BASE,
                ReferenceLines.IT_SPENDING, ReferenceLines.US_GDP);
        assertThat(p.scenario()).isEqualTo(BEST_GUESS);
    }

    @Test
    void costRisesEveryYearInEveryScenario() {
        for (ProjectionScenario s : ProjectionScenario.values()) {
            List<ProjectionYear> years = Projector.project(s, SEED, 2010, 2040).years();
            for (int i = 1; i < years.size(); i++) {
                assertThat(years.get(i).cloudCostUsd()).as(s.id() + " " + years.get(i).year())
                        .isGreaterThan(years.get(i - 1).cloudCostUsd());
                assertThat(years.get(i).gpuCostUsd()).isGreaterThan(years.get(i - 1).gpuCostUsd());
                assertThat(years.get(i).parameters()).isGreaterThan(years.get(i - 1).parameters());
            }
        }
    }

    @Test
    void eachYearIsTheProductOfItsParts() {
        ProjectionYear y = year(Projector.project(BEST_GUESS, SEED, 2020, 2035), 2026);
        // P = 1.8T x 2.8^3, K = 1 + 4 x (2026 - 2021), k = 40 (faraboschi2024barriers §2.1, Table 1)
        assertThat(y.parameters()).isCloseTo(1.8e12 * Math.pow(2.8, 3), withinPercentage(1e-9));
        assertThat(y.experts()).isEqualTo(21);
        assertThat(y.trainingFlop()).isCloseTo(40 * y.parameters() * y.parameters() / 21, withinPercentage(1e-9));
        assertThat(y.usdPerFlop()).isCloseTo(SEED.usdPerFlopInBaseYear() * Math.pow(2, -3 / 2.46), withinPercentage(1e-9));
        assertThat(y.cloudCostUsd()).isCloseTo(y.trainingFlop() * y.usdPerFlop(), withinPercentage(1e-9));
        assertThat(y.gpuCostUsd()).isCloseTo(y.cloudCostUsd() / 4.8, withinPercentage(1e-9));
    }

    @Test
    void beforeTheBaseYearModelSizeFollowsGpt3ToGpt4() {
        Projection p = Projector.project(BEST_GUESS, SEED, 2020, 2023);
        double perYear = Math.sqrt(1.8e12 / 175e9);
        assertThat(year(p, 2022).parameters()).isCloseTo(175e9 * perYear, withinPercentage(1e-9));
        assertThat(year(p, 2020).parameters()).isCloseTo(175e9 / perYear, withinPercentage(1e-9));
        assertThat(year(p, 2021).experts()).isEqualTo(1);
        assertThat(year(p, 2020).experts()).isEqualTo(1);
    }

    @Test
    void scenariosShareThePastAndDivergeAfterTheBaseYear() {
        Projection best = Projector.project(BEST_CASE, SEED, 2018, 2035);
        Projection guess = Projector.project(BEST_GUESS, SEED, 2018, 2035);
        Projection worst = Projector.project(WORST_CASE, SEED, 2018, 2035);
        for (int y = 2018; y <= 2023; y++) {
            assertThat(year(best, y)).isEqualTo(year(guess, y));
            assertThat(year(worst, y)).isEqualTo(year(guess, y));
        }
        for (int y = 2024; y <= 2035; y++) {
            assertThat(year(best, y).cloudCostUsd()).as("" + y).isLessThan(year(guess, y).cloudCostUsd());
            assertThat(year(worst, y).cloudCostUsd()).as("" + y).isGreaterThan(year(guess, y).cloudCostUsd());
            // Table 1: experts grow from the 9 of 2023 by 8 / 4 / 0 a year; k is 20 / 40 / 120
            assertThat(year(best, y).experts()).isEqualTo(9 + 8 * (y - 2023));
            assertThat(year(guess, y).experts()).isEqualTo(9 + 4 * (y - 2023));
            assertThat(year(worst, y).experts()).isEqualTo(9);
            double p2 = Math.pow(year(guess, y).parameters(), 2);
            assertThat(year(worst, y).trainingFlop()).isCloseTo(120 * p2 / 9, withinPercentage(1e-9));
            assertThat(year(best, y).trainingFlop()).isCloseTo(20 * p2 / (9 + 8 * (y - 2023)), withinPercentage(1e-9));
        }
    }

    @Test
    void aCheaperBackendBendsTheCurveFromTheYearItArrives() {
        Projection plain = Projector.project(BEST_GUESS, SEED, 2020, 2035);
        Projection unbent = Projector.project(BEST_GUESS, SEED, 2020, 2035, 2027, 1);
        Projection bent = Projector.project(BEST_GUESS, SEED, 2020, 2035, 2027, 0.1);
        assertThat(unbent).isEqualTo(plain);
        for (int y = 2020; y <= 2035; y++) {
            double factor = y >= 2027 ? 0.1 : 1;
            assertThat(year(bent, y).cloudCostUsd()).as("" + y)
                    .isCloseTo(year(plain, y).cloudCostUsd() * factor, withinPercentage(1e-9));
            assertThat(year(bent, y).gpuCostUsd()).isCloseTo(year(plain, y).gpuCostUsd() * factor, withinPercentage(1e-9));
            assertThat(year(bent, y).usdPerFlop()).isCloseTo(year(plain, y).usdPerFlop() * factor, withinPercentage(1e-9));
            assertThat(year(bent, y).trainingFlop()).isEqualTo(year(plain, y).trainingFlop());
        }
        // 10x cheaper from 2027: the GPU line is crossed later, by a year or more
        assertThat(crossing(bent, ReferenceLines.GPU_INSTALLED_BASE).getAsInt())
                .isGreaterThan(crossing(plain, ReferenceLines.GPU_INSTALLED_BASE).getAsInt());
        assertThat(crossing(bent, ReferenceLines.IT_SPENDING).getAsInt())
                .isGreaterThan(crossing(plain, ReferenceLines.IT_SPENDING).getAsInt());
    }

    @Test
    void aFactorPerYearAppliesEachYearsOwnFromTheBackendsYearAndNoneWhereNotMeasured() {
        Projection plain = Projector.project(BEST_GUESS, SEED, 2020, 2025);
        double[] factors = {0.9, 0.8, Double.NaN, 0.5, Double.NaN, 0.25};
        Projection bent = Projector.project(BEST_GUESS, SEED, 2020, 2025, 2021, factors);
        double[] applied = {1, 0.8, 1, 0.5, 1, 0.25}; // 2020 is before the backend; NaN stays on the baseline
        for (int y = 2020; y <= 2025; y++) {
            assertThat(year(bent, y).cloudCostUsd()).as("" + y)
                    .isCloseTo(year(plain, y).cloudCostUsd() * applied[y - 2020], withinPercentage(1e-9));
        }
        assertThatThrownBy(() -> Projector.project(BEST_GUESS, SEED, 2020, 2025, 2021, new double[5]))
                .hasMessageContaining("5 factors for the years 2020-2025");
        assertThatThrownBy(() -> Projector.project(BEST_GUESS, SEED, 2020, 2020, 2020, new double[] {0}))
                .hasMessageContaining("cost factor must be positive");
    }

    @Test
    void aBackendArrivingAfterTheRangeChangesNothing() {
        Projection plain = Projector.project(BEST_GUESS, SEED, 2020, 2035);
        assertThat(Projector.project(BEST_GUESS, SEED, 2020, 2035, 2036, 0.001)).isEqualTo(plain);
    }

    @Test
    void aLineNotReachedInTheRangeHasNoCrossingAndOneAlreadyBelowIsCrossedInTheFirstYear() {
        Projection early = Projector.project(BEST_GUESS, SEED, 2020, 2026);
        assertThat(early.crossings()).allSatisfy(c -> assertThat(c.year()).isEmpty());
        ReferenceLine tiny = new ReferenceLine("tiny", "a thousand dollars", 2020, 1e3, 0, "test");
        Projection p = Projector.project(BEST_GUESS, SEED.withLines(List.of(tiny)), 2020, 2035);
        assertThat(crossing(p, "tiny")).hasValue(2020);
    }

    @Test
    void changingALinesGrowthMovesItsCrossing() {
        ReferenceLine it = SEED.lines().get(1);
        assertThat(it.id()).isEqualTo(ReferenceLines.IT_SPENDING);
        ProjectionAssumptions fasterIt = SEED.withLines(List.of(it.withAnnualGrowth(0.40)));
        int seed = crossing(Projector.project(BEST_GUESS, SEED, 2020, 2035), ReferenceLines.IT_SPENDING).getAsInt();
        int faster = crossing(Projector.project(BEST_GUESS, fasterIt, 2020, 2035), ReferenceLines.IT_SPENDING).getAsInt();
        assertThat(faster).isGreaterThan(seed);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Projector.project(BEST_GUESS, SEED, 2030, 2020)).isInstanceOf(InputException.class)
                .hasMessageContaining("after to-year");
        assertThatThrownBy(() -> Projector.project(BEST_GUESS, SEED, 2020, 2030, 2025, 0))
                .isInstanceOf(InputException.class).hasMessageContaining("cost factor");
        assertThatThrownBy(() -> new ProjectionAssumptions(1.8e12, 2023, 1.8, 2.46, 4.8, 1e-18, List.of(), "t", 2023, 175e9))
                .isInstanceOf(InputException.class).hasMessageContaining("before the base year");
        assertThatThrownBy(() -> new ProjectionAssumptions(1.8e12, 2023, 1.8, 0, 4.8, 1e-18, List.of(), "t"))
                .isInstanceOf(InputException.class).hasMessageContaining("price halving years");
    }
}
