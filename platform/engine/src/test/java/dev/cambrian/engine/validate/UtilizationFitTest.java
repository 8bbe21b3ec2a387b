package dev.cambrian.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.absolute.Precision;
import dev.cambrian.api.absolute.Utilization;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtilizationFitTest {
    private static final Utilization.Coefficients TRUE = new Utilization.Coefficients(0.3, 0.1, 0.07, 0.4, 0.6, 0.85, 0.7);

    /** Runs spread over every feature, their MFU exactly what the model with {@link #TRUE} gives, times a residual. */
    private static List<Observation> runs(int n, double noise, boolean withFirstYear) {
        return runs(n, noise, withFirstYear, 7);
    }

    private static List<Observation> runs(int n, double noise, boolean withFirstYear, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double age = withFirstYear && i % 4 == 0 ? random.nextDouble() : 2 + random.nextDouble();
            Utilization.Features f = new Utilization.Features(Math.pow(10, 9 + 2.5 * random.nextDouble()),
                    Math.pow(10, 1 + 3.5 * random.nextDouble()), 2e-5 + 1e-4 * random.nextDouble(), i % 5 == 0,
                    i % 7 == 0 ? Precision.FP8 : Precision.BF16, age);
            out.add(new Observation(f, Utilization.predict(f, TRUE) * Math.exp(noise * (random.nextDouble() - 0.5))));
        }
        return out;
    }

    @Test
    void recoversTheConstantsFromNoiselessRuns() {
        UtilizationFit fit = UtilizationFit.of(runs(40, 0, true));
        double[] expected = TRUE.logLinear();
        double[] got = fit.coefficients().logLinear();
        for (int i = 0; i < expected.length; i++) {
            assertThat(got[i]).as(Utilization.REGRESSOR_NAMES[i]).isCloseTo(expected[i], within(1e-9));
        }
        assertThat(fit.residualP10()).isCloseTo(1, within(1e-9));
        assertThat(fit.residualP90()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aFeatureFewerThanThreeRunsHaveIsNotIdentifiedAndHasNoEffect() {
        List<Observation> runs = runs(40, 0.2, false);
        Observation only = runs.get(3);
        Utilization.Features young = new Utilization.Features(only.features().activeParameters(), only.features().devices(),
                only.features().networkBytesPerFlop(), only.features().moe(), only.features().precision(), 0.5);
        runs.set(3, new Observation(young, only.impliedMfu()));
        UtilizationFit fit = UtilizationFit.of(runs);
        assertThat(fit.identified()[6]).as("first-year factor from one run").isFalse();
        assertThat(fit.coefficients().firstYearFactor()).isEqualTo(1.0);
        assertThat(fit.identified()).as("the others").startsWith(true, true, true, true, true, true);
    }

    @Test
    void theResidualRangeHoldsAboutEightyPercentOfRunsTheFitNeverSaw() {
        UtilizationFit fit = UtilizationFit.of(runs(50, 0.6, true, 7));
        List<Observation> unseen = runs(2_000, 0.6, true, 99);
        long inside = unseen.stream().filter(o -> {
            double r = o.impliedMfu() / fit.predict(o.features());
            return r >= fit.residualP10() && r <= fit.residualP90();
        }).count();
        assertThat(inside / 2_000.0).as("share of unseen runs inside P10-P90").isBetween(0.70, 0.90);
        assertThat(fit.residualP10()).isLessThan(1).isGreaterThan(0.65);
        assertThat(fit.residualP90()).isGreaterThan(1).isLessThan(1.5);
    }
}
