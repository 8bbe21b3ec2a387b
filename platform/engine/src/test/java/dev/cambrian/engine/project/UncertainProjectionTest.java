package dev.cambrian.engine.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncertainProjectionTest {
    private static final ProjectionAssumptions A = ProjectionAssumptions.seed001();
    private static final Projection GUESS = Projector.project(ProjectionScenario.BEST_GUESS, A, 2020, 2035);
    private static final int N = 1000;

    private static List<double[]> ratios(java.util.function.IntFunction<double[]> byYear) {
        List<double[]> out = new ArrayList<>();
        for (ProjectionYear y : GUESS.years()) {
            out.add(byYear.apply(y.year()));
        }
        return out;
    }

    private static double[] constant(double v) {
        double[] r = new double[N];
        Arrays.fill(r, v);
        return r;
    }

    @Test
    void aRatioOfOneEverywhereGivesThePlainProjectionAndItsCrossingYearsAsCertainties() {
        UncertainProjection.Result r = UncertainProjection.of(GUESS, A, ratios(y -> constant(1)), N, 2026);
        for (int i = 0; i < GUESS.years().size(); i++) {
            assertThat(r.years().get(i).cloudCostUsd().p50()).isEqualTo(GUESS.years().get(i).cloudCostUsd());
        }
        for (UncertainProjection.CrossingOdds odds : r.crossings()) {
            int crossed = GUESS.crossings().stream().filter(c -> c.lineId().equals(odds.lineId())).findFirst().orElseThrow()
                    .year().orElseThrow();
            for (int i = 0; i < GUESS.years().size(); i++) {
                assertThat(odds.byYear().get(i)).as(odds.lineId() + " " + GUESS.years().get(i).year())
                        .isEqualTo(GUESS.years().get(i).year() >= crossed ? 1.0 : 0.0);
            }
        }
    }

    @Test
    void halfTheSamplesAtATenthDelayTheCrossingForHalfTheWorlds() {
        // faraboschi2024barriers via Projector: the best guess crosses the GPU installed base in 2029 and the cost grows about 5x a
        // year, so a tenth of the cost crosses it one to two years later
        double[] split = new double[N];
        for (int i = 0; i < N; i++) {
            split[i] = i % 2 == 0 ? 0.1 : 1;
        }
        UncertainProjection.Result r = UncertainProjection.of(GUESS, A, ratios(y -> split), N, 2026);
        int guessCrossing = 2029 - 2020;
        assertThat(odds(r, "gpu-installed-base").get(guessCrossing)).isCloseTo(0.5, within(1e-12));
        assertThat(odds(r, "gpu-installed-base").get(guessCrossing + 2)).isEqualTo(1.0);
        assertThat(r.years().get(guessCrossing).cloudCostUsd().p10()).isLessThan(GUESS.years().get(guessCrossing).cloudCostUsd());
        assertThat(r.years().get(2025 - 2020).cloudCostUsd().p10()).as("before the backend's year: plain")
                .isEqualTo(GUESS.years().get(2025 - 2020).cloudCostUsd());
    }

    @Test
    void aYearWithoutAnswerHoldsEachSamplesLatestRatioAndSaysFromWhen() {
        UncertainProjection.Result r = UncertainProjection.of(GUESS, A,
                ratios(y -> y <= 2027 ? constant(0.5) : constant(Double.NaN)), N, 2030);
        UncertainProjection.Year y2031 = r.years().get(2031 - 2020);
        assertThat(y2031.latestMeasuredYear()).isEqualTo(2027);
        assertThat(y2031.samplesHeld()).isEqualTo(N);
        assertThat(y2031.samplesWithoutAnswer()).isZero();
        assertThat(y2031.cloudCostUsd().p50()).isEqualTo(GUESS.years().get(2031 - 2020).cloudCostUsd() * 0.5);

        UncertainProjection.Result none = UncertainProjection.of(GUESS, A, ratios(y -> constant(Double.NaN)), N, 2030);
        assertThat(none.years().get(2031 - 2020).samplesWithoutAnswer()).isEqualTo(N);
        assertThat(none.years().get(2031 - 2020).cloudCostUsd().p50()).isEqualTo(GUESS.years().get(2031 - 2020).cloudCostUsd());
    }

    @Test
    void oneWorldsRatiosHeldForwardGiveTheProjectionASampleWithThoseRatiosGets() {
        // NaN before any answer, answers, a gap held from 2027, an answer again: one sample through of(), and the same
        // ratios held forward through Projector, must cost the same every year and cross in the same years
        double[] world = new double[GUESS.years().size()];
        for (int i = 0; i < world.length; i++) {
            int year = 2020 + i;
            world[i] = year < 2024 ? Double.NaN : year <= 2027 ? 0.2 + 0.01 * i : year < 2032 ? Double.NaN : 0.05;
        }
        List<double[]> columns = new ArrayList<>();
        for (double r : world) {
            columns.add(new double[] {r});
        }
        UncertainProjection.Result sampled = UncertainProjection.of(GUESS, A, columns, 1, 2026);
        double[] held = UncertainProjection.heldForward(world);
        assertThat(held[2023 - 2020]).isNaN();
        assertThat(held[2030 - 2020]).isEqualTo(world[2027 - 2020]);
        Projection nominal = Projector.project(ProjectionScenario.BEST_GUESS, A, 2020, 2035, 2026, held);
        for (int i = 0; i < world.length; i++) {
            assertThat(nominal.years().get(i).cloudCostUsd()).as("" + (2020 + i)) // the factor meets the price first there
                    .isCloseTo(sampled.years().get(i).cloudCostUsd().p50(), org.assertj.core.api.Assertions.withinPercentage(1e-10));
        }
        for (Crossing c : nominal.crossings()) {
            List<Double> byYear = odds(sampled, c.lineId());
            int first = byYear.indexOf(1.0);
            assertThat(c.year().orElse(-1)).as(c.lineId()).isEqualTo(first < 0 ? -1 : 2020 + first);
        }
    }

    private static List<Double> odds(UncertainProjection.Result r, String line) {
        return r.crossings().stream().filter(c -> c.lineId().equals(line)).findFirst().orElseThrow().byYear();
    }
}
