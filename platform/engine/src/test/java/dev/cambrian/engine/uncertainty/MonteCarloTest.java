package dev.cambrian.engine.uncertainty;

import static dev.cambrian.engine.uncertainty.Fixture.run;
import static dev.cambrian.engine.uncertainty.Fixture.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
    private static final Range RATE = new Range(1e14, 2e14, 4e14);
    private static final Range WATTS = new Range(500, 1000, 1500);

    @Test
    @DisplayName("percentiles are ordered (P10 <= P50 <= P90) and lie inside the corner range Estimator.estimate gives a monotone backend")
    void percentilesAreOrderedAndInsideTheCornerRange() {
        Toy toy = new Toy("toy", RATE, WATTS);
        Subject s = subject(toy);
        Estimate corners = Estimator.estimate(toy, s.parameters(), Fixture.GPT3, Fixture.ECONOMICS, null, "test");
        BackendUncertainty r = run(List.of(s), 5_000, 7, 1, Figure.TIME).backends().get(0);
        check(r.seconds(), corners.trainingSeconds());
        check(r.joules(), corners.energyJoules());
        check(r.usd(), corners.costUsd());
        assertThat(r.samples()).isEqualTo(5_000);
        assertThat(r.infeasibleSamples()).isZero();
    }

    private static void check(Percentiles p, Range corners) {
        assertThat(p.min()).isLessThanOrEqualTo(p.p10());
        assertThat(p.p10()).isLessThanOrEqualTo(p.p50());
        assertThat(p.p50()).isLessThanOrEqualTo(p.p90());
        assertThat(p.p90()).isLessThanOrEqualTo(p.max());
        assertThat(p.mean()).isBetween(p.min(), p.max());
        assertThat(p.min()).isGreaterThanOrEqualTo(corners.low() * (1 - 1e-12));
        assertThat(p.max()).isLessThanOrEqualTo(corners.high() * (1 + 1e-12));
        assertThat(p.p90() - p.p10()).as("a spread, not a point").isGreaterThan(0);
    }

    @Test
    @DisplayName("rank probabilities: each backend's row sums to 1 and each rank position's column sums to 1")
    void rankProbabilitiesSumToOneByBackendAndByPosition() {
        List<Subject> subjects = List.of(
                subject(new Toy("a", new Range(1e14, 2e14, 3e14), WATTS)),
                subject(new Toy("b", new Range(1.5e14, 2.2e14, 3.5e14), WATTS)),
                subject(new Toy("c", new Range(0.5e14, 2.5e14, 3e14), WATTS)));
        UncertaintyResult result = run(subjects, 9_000, 3, 2, Figure.TIME);
        assertThat(result.backends()).hasSize(3);
        double[] byPosition = new double[3];
        for (BackendUncertainty b : result.backends()) {
            assertThat(b.rankProbabilities()).hasSize(3);
            assertThat(b.rankProbabilities().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
            for (int p = 0; p < 3; p++) {
                byPosition[p] += b.rankProbabilities().get(p);
            }
            // overlapping ranges: every backend takes more than one position
            assertThat(b.rankProbabilities().stream().filter(p -> p > 0).count()).isGreaterThan(1);
        }
        for (double sum : byPosition) {
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    @DisplayName("a backend faster on every sample ranks first with probability 1; identical backends break ties by id")
    void rankProbabilitiesOfDisjointAndIdenticalBackends() {
        List<Subject> subjects = List.of(
                subject(new Toy("slow", new Range(1e13, 2e13, 3e13), WATTS)),
                subject(new Toy("fast", new Range(1e15, 2e15, 3e15), WATTS)),
                subject(new Toy("a-fixed", Range.of(5e14), Range.of(1000))),
                subject(new Toy("b-fixed", Range.of(5e14), Range.of(1000))));
        UncertaintyResult result = run(subjects, 1_000, 1, 1, Figure.TIME);
        assertThat(result.backends()).extracting(BackendUncertainty::backendId).containsExactly("fast", "a-fixed", "b-fixed", "slow");
        assertThat(result.backends().get(0).rankProbabilities()).containsExactly(1.0, 0.0, 0.0, 0.0);
        assertThat(result.backends().get(1).rankProbabilities()).containsExactly(0.0, 1.0, 0.0, 0.0);
        assertThat(result.backends().get(2).rankProbabilities()).containsExactly(0.0, 0.0, 1.0, 0.0);
        assertThat(result.backends().get(3).rankProbabilities()).containsExactly(0.0, 0.0, 0.0, 1.0);
    }

    @Test
    @DisplayName("reproducible: the same seed gives identical results on 1, 2 and 5 threads, chunk sizes uneven")
    void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
        List<Subject> subjects = List.of(subject(new Toy("a", RATE, WATTS)), subject(new Toy("b", new Range(1.5e14, 2e14, 3e14), WATTS)));
        int samples = 3 * ChunkPlan.CHUNK_SIZE + 123;
        UncertaintyResult one = run(subjects, samples, 42, 1, Figure.ENERGY);
        assertThat(run(subjects, samples, 42, 2, Figure.ENERGY)).isEqualTo(one);
        assertThat(run(subjects, samples, 42, 5, Figure.ENERGY)).isEqualTo(one);
        assertThat(run(subjects, samples, 42, 1, Figure.ENERGY)).isEqualTo(one);
    }

    @Test
    @DisplayName("a backend's samples do not depend on which other backends are sampled with it")
    void aBackendsSamplesDoNotDependOnTheOthers() {
        Subject a = subject(new Toy("a", RATE, WATTS));
        BackendUncertainty alone = run(List.of(a), 2_000, 9, 1, Figure.TIME).backends().get(0);
        BackendUncertainty withOthers = run(List.of(subject(new Toy("z", RATE, WATTS)), a), 2_000, 9, 1, Figure.TIME).backends()
                .stream().filter(b -> b.backendId().equals("a")).findFirst().orElseThrow();
        assertThat(withOthers.seconds()).isEqualTo(alone.seconds());
        assertThat(withOthers.joules()).isEqualTo(alone.joules());
    }

    @Test
    @DisplayName("a different seed changes the samples")
    void aDifferentSeedChangesTheSamples() {
        List<Subject> subjects = List.of(subject(new Toy("a", RATE, WATTS)));
        BackendUncertainty one = run(subjects, 1_000, 1, 1, Figure.TIME).backends().get(0);
        BackendUncertainty two = run(subjects, 1_000, 2, 1, Figure.TIME).backends().get(0);
        assertThat(two.seconds().p50()).isNotEqualTo(one.seconds().p50());
        assertThat(two.seconds().mean()).isNotEqualTo(one.seconds().mean());
        assertThat(two.joules().min()).isNotEqualTo(one.joules().min());
        // ...yet both estimate the same distribution: medians within 5% of each other
        assertThat(two.seconds().p50()).isCloseTo(one.seconds().p50(), within(0.05 * one.seconds().p50()));
    }

    @Test
    @DisplayName("a parameter that is a point is never varied: the device count, and a rate a profile fixes")
    void aPointParameterIsNeverVaried() {
        Toy toy = new Toy("toy", RATE, WATTS);
        BackendUncertainty r = run(List.of(subject(toy)), 3_000, 1, 2, Figure.TIME).backends().get(0);
        assertThat(toy.devicesSeen).containsExactly(1000.0);
        assertThat(r.sampled()).extracting(SampledParameter::name).containsExactly("rate", "watts");

        Toy enhanced = new Toy("toy", RATE, WATTS);
        BackendUncertainty fixedRate = run(List.of(subject(enhanced, Fixture.scenario(Map.of("toy", "enhanced"), Map.of()))),
                1_000, 1, 1, Figure.TIME).backends().get(0);
        assertThat(fixedRate.sampled()).extracting(SampledParameter::name).containsExactly("watts");
        assertThat(fixedRate.seconds().min()).isEqualTo(fixedRate.seconds().max()); // time depends on rate alone
        assertThat(fixedRate.joules().min()).isLessThan(fixedRate.joules().max());
    }

    @Test
    @DisplayName("sensitivity puts the parameter that drives the figure first: rate for time, with rho near -1")
    void sensitivityPutsTheDrivingParameterFirst() {
        BackendUncertainty time = run(List.of(subject(new Toy("toy", RATE, WATTS))), 4_000, 1, 1, Figure.TIME).backends().get(0);
        assertThat(time.sensitivity()).extracting(s -> s.parameter().name()).containsExactly("rate", "watts");
        assertThat(time.sensitivity().get(0).spearman()).isLessThan(-0.999); // time = C / (N x rate): strictly falling
        assertThat(Math.abs(time.sensitivity().get(1).spearman())).isLessThan(0.05); // independent draws

        // energy = N x watts x C / (N x rate): with the rate fixed narrow and watts wide, watts drives it, upwards
        BackendUncertainty energy = run(List.of(subject(new Toy("toy", new Range(1.9e14, 2e14, 2.1e14), WATTS))), 4_000, 1, 1,
                Figure.ENERGY).backends().get(0);
        assertThat(energy.sensitivity().get(0).parameter().name()).isEqualTo("watts");
        assertThat(energy.sensitivity().get(0).spearman()).isGreaterThan(0.9);
    }

    @Test
    @DisplayName("a backend that throws mid-chunk is reported by name while the others finish")
    void aBackendThatThrowsMidChunkIsReportedByName() {
        for (int threads : new int[] {1, 3}) {
            Toy broken = new Toy("broken", RATE, WATTS, ChunkPlan.CHUNK_SIZE + 100, 0); // the nominal call, then dies in a chunk
            List<Subject> subjects = List.of(subject(new Toy("a", RATE, WATTS)), subject(broken), subject(new Toy("b", RATE, WATTS)));
            UncertaintyResult result = run(subjects, 3 * ChunkPlan.CHUNK_SIZE, 1, threads, Figure.TIME);
            assertThat(result.failures()).hasSize(1);
            assertThat(result.failures().get(0)).startsWith("broken: sampling chunk ").contains("IllegalStateException")
                    .contains("toy broken broke");
            assertThat(result.backends()).extracting(BackendUncertainty::backendId).containsExactlyInAnyOrder("a", "b");
            result.backends().forEach(b -> assertThat(b.rankProbabilities()).hasSize(2));
        }
    }

    @Test
    @DisplayName("samples with no valid answer are counted and reported, not fatal; they rank last")
    void infeasibleSamplesAreCounted() {
        // rate below 1.5e14 has no valid answer: P(rate < 1.5e14) for triangular(1, 2, 4)e14 = 0.5^2 / (1 x 3) = 1/12
        Toy toy = new Toy("toy", RATE, WATTS, -1, 1.5e14);
        UncertaintyResult result = run(List.of(subject(toy), subject(new Toy("other", RATE, WATTS))), 12_000, 1, 2, Figure.TIME);
        BackendUncertainty r = result.backends().stream().filter(b -> b.backendId().equals("toy")).findFirst().orElseThrow();
        assertThat(r.infeasibleSamples()).isBetween(800, 1_200);
        assertThat(r.samples() + r.infeasibleSamples()).isEqualTo(12_000);
        assertThat(result.infeasibleSamples()).isEqualTo(r.infeasibleSamples());
        assertThat(r.notes()).anyMatch(n -> n.contains("samples have no valid answer"));
        assertThat(r.seconds().max()).isLessThanOrEqualTo(Fixture.GPT3.trainingFlop() / (1000 * 1.5e14));
        assertThat(r.rankProbabilities().get(1)).isGreaterThanOrEqualTo(r.infeasibleSamples() / 12_000.0);
    }

    @Test
    @DisplayName("a backend with no valid sample is listed as such, not ranked")
    void aBackendWithNoValidSampleIsNotRanked() {
        UncertaintyResult result = run(List.of(subject(new Toy("never", RATE, WATTS, -1, 1e16)), subject(new Toy("a", RATE, WATTS))),
                500, 1, 1, Figure.TIME);
        assertThat(result.backends()).extracting(BackendUncertainty::backendId).containsExactly("a");
        assertThat(result.infeasible()).singleElement().asString().startsWith("never: no sample has a valid answer");
        assertThat(result.backends().get(0).rankProbabilities()).containsExactly(1.0);
    }
}
