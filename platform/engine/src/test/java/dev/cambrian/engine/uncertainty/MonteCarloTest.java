package dev.cambrian.engine.uncertainty;

import static dev.cambrian.engine.uncertainty.Fixture.run;
import static dev.cambrian.engine.uncertainty.Fixture.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Distribution;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
    private static final Range RATE = new Range(1e14, 2e14, 4e14);
    private static final Range WATTS = new Range(500, 1000, 1500);
    /** Time = T0 x slowdown with slowdown uniform on [1, 3]: T0 = FLOP / (1,000 devices x 2e14 FLOP/s). */
    private static final double T0 = Fixture.GPT3.trainingFlop() / (1000 * 2e14);

    @Test
    @DisplayName("every sample of a monotone backend lies inside the corner range Estimator.estimate gives it")
    void samplesLieInsideTheCornerRange() {
        Toy toy = new Toy("toy", RATE, WATTS);
        Subject s = subject(toy);
        Estimate corners = Estimator.estimate(toy, s.parameters(), Fixture.GPT3, Fixture.ECONOMICS, null, "test");
        BackendUncertainty r = run(List.of(s), 5_000, 7, 1, Figure.TIME).backends().get(0);
        check(r.seconds(), corners.trainingSeconds());
        check(r.joules(), corners.energyJoules());
        check(r.usd(), corners.costUsd());
        assertThat(r.validSamples()).isEqualTo(5_000);
        assertThat(r.infeasibleSamples()).isZero();
    }

    private static void check(Percentiles p, Range corners) {
        assertThat(p.min()).isGreaterThanOrEqualTo(corners.low() * (1 - 1e-12));
        assertThat(p.max()).isLessThanOrEqualTo(corners.high() * (1 + 1e-12));
        assertThat(p.p90() - p.p10()).as("a spread, not a point").isGreaterThan(0);
    }

    private static Subject linear(String id) {
        return subject(new Toy(id, Range.of(2e14), Range.of(1000)),
                Fixture.scenario(Map.of(), Map.of(id, Map.of("slowdown", new Range(1, 2, 3)))));
    }

    @Test
    @DisplayName("time linear in a uniform parameter on [1, 3]: P10, P50, P90 and mean at T0 x 1.2, 2, 2.8 and 2")
    void percentilesMatchTheClosedForm() {
        BackendUncertainty r = run(List.of(linear("lin")), 100_000, 3, 2, Figure.TIME).backends().get(0);
        assertThat(r.sampled()).extracting(SampledParameter::name).containsExactly("slowdown");
        Percentiles t = r.seconds();
        // sampling error of a quantile: sqrt(p (1 - p) / n) / density = 0.002 x T0 at most; 5 of them
        assertThat(t.p10()).isCloseTo(1.2 * T0, within(0.01 * T0));
        assertThat(t.p50()).isCloseTo(2.0 * T0, within(0.01 * T0));
        assertThat(t.p90()).isCloseTo(2.8 * T0, within(0.01 * T0));
        assertThat(t.mean()).isCloseTo(2.0 * T0, within(0.01 * T0));
        assertThat(t.min()).isBetween(T0, 1.001 * T0);
        assertThat(t.max()).isBetween(2.999 * T0, 3 * T0);
        // energy = 1,000 devices x 1,000 W x time: the same order statistics, scaled
        assertThat(r.joules().p50()).isCloseTo(1e6 * t.p50(), within(1e-9 * r.joules().p50()));
    }

    @Test
    @DisplayName("rank probabilities match the closed form: time T0 x U(1, 3) beats a constant 1.5 T0 with probability 1/4")
    void rankProbabilitiesMatchTheClosedForm() {
        Subject constant = subject(new Toy("constant", Range.of(2e14 / 1.5), Range.of(1000)));
        UncertaintyResult result = run(List.of(linear("lin"), constant), 100_000, 5, 2, Figure.TIME);
        BackendUncertainty lin = result.backends().stream().filter(b -> b.backendId().equals("lin")).findFirst().orElseThrow();
        BackendUncertainty con = result.backends().stream().filter(b -> b.backendId().equals("constant")).findFirst().orElseThrow();
        assertThat(lin.rankProbabilities().get(0)).isCloseTo(0.25, within(0.007)); // 5 x sqrt(0.25 x 0.75 / n)
        assertThat(con.rankProbabilities().get(0)).isCloseTo(0.75, within(0.007));
        assertThat(lin.rankProbabilities().get(0) + con.rankProbabilities().get(0)).isCloseTo(1, within(1e-12));
        assertThat(lin.rankProbabilities().get(1) + con.rankProbabilities().get(1)).isCloseTo(1, within(1e-12));
    }

    @Test
    @DisplayName("rank probabilities: each rank position's column sums to 1, overlapping backends take several positions")
    void rankProbabilitiesSumToOneByPosition() {
        List<Subject> subjects = List.of(
                subject(new Toy("a", new Range(1e14, 2e14, 3e14), WATTS)),
                subject(new Toy("b", new Range(1.5e14, 2.2e14, 3.5e14), WATTS)),
                subject(new Toy("c", new Range(0.5e14, 2.5e14, 3e14), WATTS)));
        UncertaintyResult result = run(subjects, 9_000, 3, 2, Figure.TIME);
        assertThat(result.backends()).hasSize(3);
        double[] byPosition = new double[3];
        for (BackendUncertainty b : result.backends()) {
            assertThat(b.rankProbabilities()).hasSize(3);
            for (int p = 0; p < 3; p++) {
                byPosition[p] += b.rankProbabilities().get(p);
            }
            assertThat(b.rankProbabilities().stream().filter(p -> p > 0).count()).isGreaterThan(1);
        }
        for (double sum : byPosition) {
            assertThat(sum).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    @DisplayName("a backend faster on every sample ranks first with probability 1; backends tied on every sample split their positions 50/50")
    void rankProbabilitiesOfDisjointAndIdenticalBackends() {
        List<Subject> subjects = List.of(
                subject(new Toy("slow", new Range(1e13, 2e13, 3e13), WATTS)),
                subject(new Toy("fast", new Range(1e15, 2e15, 3e15), WATTS)),
                subject(new Toy("a-fixed", Range.of(5e14), Range.of(1000))),
                subject(new Toy("b-fixed", Range.of(5e14), Range.of(1000))));
        UncertaintyResult result = run(subjects, 1_000, 1, 1, Figure.TIME);
        assertThat(result.backends()).extracting(BackendUncertainty::backendId).containsExactly("fast", "a-fixed", "b-fixed", "slow");
        assertThat(result.backends().get(0).rankProbabilities()).containsExactly(1.0, 0.0, 0.0, 0.0);
        assertThat(result.backends().get(1).rankProbabilities()).containsExactly(0.0, 0.5, 0.5, 0.0);
        assertThat(result.backends().get(2).rankProbabilities()).containsExactly(0.0, 0.5, 0.5, 0.0);
        assertThat(result.backends().get(3).rankProbabilities()).containsExactly(0.0, 0.0, 0.0, 1.0);
    }

    @Test
    @DisplayName("ties, valid or with no valid answer, split the positions they span; a sample where no backend has an"
            + " answer ranks no one: hand-counted over four samples")
    void tiesSplitTheirPositions() {
        double nan = Double.NaN;
        RankCounter.Probabilities r = RankCounter.probabilities(List.of(
                new double[] {1, nan, 2, nan},
                new double[] {1, nan, 3, 5},
                new double[] {0, nan, nan, nan}), 4, 2);
        double[][] p = r.byBackend();
        // over samples 1, 3 and 4: the second gave each backend a third of every position before
        assertThat(r.samplesWithoutAnswer()).isEqualTo(1);
        assertThat(p[0]).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-15));
        assertThat(p[1]).containsExactly(new double[] {1 / 3.0, 1 / 2.0, 1 / 6.0}, within(1e-15));
        assertThat(p[2]).containsExactly(new double[] {1 / 3.0, 1 / 6.0, 1 / 2.0}, within(1e-15));
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
    @DisplayName("a batch model that gives a negative figure fails by name, as the scalar path does; the others finish")
    void aNegativeBatchFigureIsAFailureNotAResult() {
        // a plugin whose scalar model is sound but whose batch energy writes -1: negative energy and water were printed
        Toy toy = new Toy("negative", RATE, WATTS);
        dev.cambrian.api.HardwareBackend negative = new dev.cambrian.api.HardwareBackend() {
            public dev.cambrian.api.BackendInfo info() { return toy.info(); }
            public ParameterSpace parameters() { return toy.parameters(); }
            public dev.cambrian.api.SpeedupModel speedup() { return toy.speedup(); }
            public dev.cambrian.api.EnergyModel energy() {
                return new dev.cambrian.api.EnergyModel() {
                    public dev.cambrian.api.EnergyEstimate estimate(ModelInput in, dev.cambrian.api.TimeEstimate t) {
                        return toy.energy().estimate(in, t);
                    }

                    public void joules(dev.cambrian.api.ModelBatch batch, double[] seconds, double[] joules) {
                        java.util.Arrays.fill(joules, 0, batch.size(), -1);
                    }
                };
            }
            public dev.cambrian.api.HardwareModel hardware() { return toy.hardware(); }
            public dev.cambrian.api.FabInvestmentModel fabInvestment() { return toy.fabInvestment(); }
            public dev.cambrian.api.TimelineModel timeline() { return toy.timeline(); }
        };
        UncertaintyResult result = run(List.of(subject(negative), subject(new Toy("a", RATE, WATTS))), 2 * ChunkPlan.CHUNK_SIZE, 1, 1,
                Figure.ENERGY);
        assertThat(result.failures()).singleElement().asString().startsWith("negative: sampling chunk 1 of 2 failed")
                .contains("InvalidValueException: its batch models gave a negative figure for sample 0").contains("energy -1.0 J");
        assertThat(result.backends()).extracting(BackendUncertainty::backendId).containsExactly("a");
    }

    @Test
    @DisplayName("a failure names the chunk it happened in, also when one guarded call took several chunks")
    void aFailureNamesItsChunkWhenCallsTakeSeveral() {
        int chunks = 64; // on one thread, tasks of eight chunks (ChunkPlan.chunksPerTask)
        assertThat(ChunkPlan.chunksPerTask(chunks, 1)).isEqualTo(8);
        Toy counting = new Toy("counting", RATE, WATTS); // how many model calls the nominal point and one chunk take
        run(List.of(subject(counting)), ChunkPlan.CHUNK_SIZE, 1, 1, Figure.TIME);
        int perChunk = counting.calls.get() - 1;
        // the nominal point, six whole chunks, then it dies ten calls into chunk 7
        Toy broken = new Toy("broken", RATE, WATTS, 1 + 6 * perChunk + 10, 0);
        UncertaintyResult result = run(List.of(subject(broken), subject(new Toy("a", RATE, WATTS))), chunks * ChunkPlan.CHUNK_SIZE,
                1, 1, Figure.TIME);
        assertThat(result.failures()).singleElement().asString().startsWith("broken: sampling chunk 7 of 64 failed");
        assertThat(broken.calls.get()).isEqualTo(1 + 6 * perChunk + 11); // not called again after the failure
    }

    @Test
    @DisplayName("samples with no valid answer are counted and reported, not fatal; they rank last")
    void infeasibleSamplesAreCounted() {
        // rate below 1.5e14 has no valid answer: P(rate < 1.5e14) for triangular(1, 2, 4)e14 = 0.5^2 / (1 x 3) = 1/12
        Toy toy = new Toy("toy", RATE, WATTS, -1, 1.5e14);
        UncertaintyResult result = run(List.of(subject(toy), subject(new Toy("other", RATE, WATTS))), 12_000, 1, 2, Figure.TIME);
        BackendUncertainty r = result.backends().stream().filter(b -> b.backendId().equals("toy")).findFirst().orElseThrow();
        assertThat(r.infeasibleSamples()).isBetween(800, 1_200);
        assertThat(r.validSamples() + r.infeasibleSamples()).isEqualTo(12_000);
        assertThat(result.infeasibleSamples()).isEqualTo(r.infeasibleSamples());
        assertThat(r.notes()).anyMatch(n -> n.contains("samples have no valid answer"));
        assertThat(r.seconds().max()).isLessThanOrEqualTo(Fixture.GPT3.trainingFlop() / (1000 * 1.5e14));
        assertThat(r.rankProbabilities().get(1)).isGreaterThanOrEqualTo(r.infeasibleSamples() / 12_000.0);
    }

    @Test
    @DisplayName("a backend with no valid sample is listed as such, not ranked, with the nominal point's reason")
    void aBackendWithNoValidSampleIsNotRanked() {
        UncertaintyResult result = run(List.of(subject(new Toy("never", RATE, WATTS, -1, 1e16)), subject(new Toy("a", RATE, WATTS))),
                500, 1, 1, Figure.TIME);
        assertThat(result.backends()).extracting(BackendUncertainty::backendId).containsExactly("a");
        assertThat(result.infeasible()).containsExactly("never: no sample has a valid answer, nor has the nominal point: rate below 1.0E16");
        assertThat(result.backends().get(0).rankProbabilities()).containsExactly(1.0);
    }

    @Test
    @DisplayName("a backend whose nominal point is valid but no sample is: the first sample's reason")
    void noValidSampleButAValidNominalGivesTheFirstSamplesReason() {
        // rate triangular from 1e14 (the nominal) to 4e14; above 1e14 there is no valid answer
        Toy toy = new Toy("above", new Range(1e14, 1e14, 4e14), WATTS, -1, 0, 1e14);
        UncertaintyResult result = run(List.of(subject(toy)), 500, 1, 1, Figure.TIME);
        assertThat(result.infeasible()).containsExactly(
                "above: no sample has a valid answer (the nominal point has one); the first sample: rate above 1.0E14");
    }

    @Test
    @DisplayName("a nominal point with no valid answer warns in a whole sentence")
    void anInfeasibleNominalWarnsInAWholeSentence() {
        BackendUncertainty r = run(List.of(subject(new Toy("toy", RATE, WATTS, -1, 2.5e14))), 1_000, 1, 1, Figure.TIME)
                .backends().get(0);
        assertThat(r.nominalOrNull()).isNull();
        assertThat(r.warnings()).contains("the nominal point has no valid answer (rate below 2.5E14); the figures summarise"
                + " the samples that have one");
    }

    @Test
    @DisplayName("when the figure does not vary over the samples, no parameter is named: every rho is undefined (NaN)")
    void aFigureThatDoesNotVaryHasNoSensitivity() {
        // under "enhanced" the rate is a point: time is constant while watts is still sampled
        BackendUncertainty r = run(List.of(subject(new Toy("toy", RATE, WATTS), Fixture.scenario(Map.of("toy", "enhanced"), Map.of()))),
                1_000, 1, 1, Figure.TIME).backends().get(0);
        assertThat(r.seconds().min()).isEqualTo(r.seconds().max());
        assertThat(r.sensitivity()).singleElement().satisfies(s -> {
            assertThat(s.parameter().name()).isEqualTo("watts");
            assertThat(s.defined()).isFalse();
        });
    }

    @Test
    @DisplayName("a log-uniform range the user set at or below 0 is an input error, raised before any backend is called")
    void aLogUniformRangeAtZeroFromTheUserIsAnInputError() {
        Toy first = new Toy("a", RATE, WATTS);
        Toy second = new Toy("b", RATE, WATTS);
        // bounds that allow 0: the log-uniform check is the one left to catch it
        ParameterSpace space = new ParameterSpace(List.of(new Parameter("spread", "1", new Range(1, 10, 100),
                Distribution.LOG_UNIFORM, false, "d", "s", dev.cambrian.api.Bounds.nonNegative())),
                List.of(new Profile("current", "defaults", Map.of(), "s")));
        ResolvedParameters bad = ParameterResolver.resolve("b", space,
                Fixture.scenario(Map.of(), Map.of("b", Map.of("spread", new Range(0, 10, 100)))));
        List<Subject> subjects = List.of(subject(first), new Subject(second.info(), second, bad));
        assertThatThrownBy(() -> run(subjects, 500, 1, 1, Figure.TIME)).isInstanceOf(InputException.class)
                .hasMessage("scenario test: b.spread is log_uniform but its range in force (from 0 to 100) starts at or below 0;"
                        + " a log_uniform range needs a low above 0");
        assertThat(first.calls.get()).isZero();
        assertThat(second.calls.get()).isZero();
    }

    @Test
    @DisplayName("a range the user set too wide to draw (its width is past a double) is an input error, not draws clamped"
            + " to an end")
    void aRangeTooWideToDrawIsAnInputError() {
        Toy first = new Toy("a", RATE, WATTS);
        Toy second = new Toy("b", RATE, new Range(-1, 1000, 1500)); // a default below zero: any value is allowed (Bounds)
        ResolvedParameters wide = ParameterResolver.resolve("b", second.parameters(),
                Fixture.scenario(Map.of(), Map.of("b", Map.of("watts", new Range(-1e308, 1.1, 1e308)))));
        List<Subject> subjects = List.of(subject(first), new Subject(second.info(), second, wide));
        assertThatThrownBy(() -> run(subjects, 500, 1, 1, Figure.TIME)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("scenario test: b.watts's range in force (")
                .hasMessageEndingWith(") is too wide to sample: its width, high - low, is past a double's range (above 1.798e+308)");
        assertThat(first.calls.get()).isZero();
        assertThat(second.calls.get()).isZero();
        // 1e155 wide draws (the inverse distribution function this replaced squared the width, and refused it): the
        // bound is where the arithmetic fails, not a guess at plausibility
        ResolvedParameters broad = ParameterResolver.resolve("b", second.parameters(),
                Fixture.scenario(Map.of(), Map.of("b", Map.of("watts", new Range(1, 1.1, 1e155)))));
        assertThat(run(List.of(new Subject(second.info(), second, broad)), 500, 1, 1, Figure.TIME).backends()).hasSize(1);
    }

    @Test
    @DisplayName("the memory check counts the sample columns, the columns every backend shares (environment factors, the"
            + " baseline's reference) and one sorted copy per reduction task running at once")
    void bytesNeededCountsTheReductionCopies() {
        List<Subject> one = List.of(subject(new Toy("toy", RATE, WATTS)));
        int n = Options.MAX_SAMPLES;
        long column = 8L * n;
        // time, energy, cost, carbon, water, the shared columns and a copy
        assertThat(MonteCarlo.bytesNeeded(one, null, n, 1, false)).isGreaterThanOrEqualTo((6 + Footprint.SHARED_COLUMNS) * column);
        for (int threads = 1; threads < 4; threads++) {
            assertThat(MonteCarlo.bytesNeeded(one, null, n, threads + 1, false) - MonteCarlo.bytesNeeded(one, null, n, threads, false))
                    .as("one more thread, one more copy").isEqualTo(column);
        }
        // six tasks per backend (five figures and the sensitivity): more threads than that add nothing
        assertThat(MonteCarlo.bytesNeeded(one, null, n, 64, false)).isEqualTo(MonteCarlo.bytesNeeded(one, null, n, 6, false)).isLessThan((12 + Footprint.SHARED_COLUMNS) * column);
        // two backends: eight tasks, so eight threads hold eight copies
        List<Subject> two = List.of(one.get(0), subject(new Toy("other", RATE, WATTS)));
        assertThat(MonteCarlo.bytesNeeded(two, null, n, 8, false) - MonteCarlo.bytesNeeded(two, null, n, 1, false)).isEqualTo(7 * column);
    }

    @Test
    @DisplayName("a run summarised as it is sampled counts the columns backend by backend holds (two backends' five, one of"
            + " each other) when that is the order it takes; with few backends, a merge or a kept run, every backend's five")
    void bytesNeededCountsTheBackendByBackendOrder() {
        int n = 1_000_000;
        long column = 8L * n;
        List<Subject> thirty = new java.util.ArrayList<>();
        for (int k = 0; k < 30; k++) {
            thirty.add(subject(new Toy("toy" + k, RATE, WATTS)));
        }
        assertThat(MonteCarlo.bytesNeeded(thirty, null, n, 2, false) - MonteCarlo.bytesNeeded(thirty, null, n, 2, true))
                .as("5 x 30 columns kept against 5 x 2 + 28").isEqualTo((150 - 38) * column);
        Subject baseline = subject(new Toy("baseline", RATE, WATTS));
        assertThat(MonteCarlo.bytesNeeded(thirty, baseline, n, 2, true) - MonteCarlo.bytesNeeded(thirty, null, n, 2, true))
                .as("the baseline sampled apart adds no figure column (its five are among the shared ones, counted"
                        + " already), only its parameters' first samples and constant columns").isBetween(0L, column / 4);
        assertThat(MonteCarlo.bytesNeeded(thirty, thirty.get(0), n, 2, true)).as("a baseline among the subjects is not counted again")
                .isEqualTo(MonteCarlo.bytesNeeded(thirty, null, n, 2, true));
        assertThat(MonteCarlo.baselineSampledApart(thirty, thirty.get(0))).isFalse();
        assertThat(MonteCarlo.baselineSampledApart(thirty, baseline)).isTrue();
        List<Subject> four = thirty.subList(0, 4);
        assertThat(MonteCarlo.bytesNeeded(four, null, n, 2, true)).as("four backends go chunk by chunk")
                .isEqualTo(MonteCarlo.bytesNeeded(four, null, n, 2, false));
        // five asked for, one failing its nominal estimate: the four left go chunk by chunk, five columns each (a
        // streamed figure that cannot be bracketed samples again with every column kept), more than five backends by backend
        List<Subject> five = thirty.subList(0, 5);
        assertThat(MonteCarlo.bytesNeeded(five, null, n, 2, true) - MonteCarlo.bytesNeeded(five, null, n, 2, false))
                .isEqualTo(-5L * column);
        // what the check saves must be what the run holds: thirty backends sampled summarised do go backend by backend
        assertThat(MonteCarlo.byBackendHoldsLess(30, true, true)).isTrue();
    }

    @Test
    @DisplayName("an interrupted chunk (its call timed out) stops within a few samples instead of finishing")
    void anInterruptedChunkStops() {
        Toy toy = new Toy("toy", RATE, WATTS);
        Subject s = subject(toy);
        ParameterSampler sampler = ParameterSampler.of(s.parameters());
        ModelInput template = new ModelInput(Fixture.GPT3, s.parameters().nominal(), Fixture.ECONOMICS, null, false);
        ChunkEvaluator evaluator = new ChunkEvaluator(toy, sampler, template);
        BackendSamples out = new BackendSamples(ChunkPlan.CHUNK_SIZE, 0, sampler.sampled().size(), 100);
        out.allocate(new java.util.ArrayDeque<>());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> evaluator.evaluate(new SplitMix(1), 0, ChunkPlan.CHUNK_SIZE, out, null,
                    ChunkEvaluator.Columns.of(ChunkPlan.CHUNK_SIZE), null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
        assertThat(toy.calls.get()).isLessThanOrEqualTo(dev.cambrian.api.ModelBatch.INTERRUPT_CHECK);
    }

    @Test
    @DisplayName("the baseline's draws reach a relative backend in the same sample: its time is the baseline's halved, sample by sample")
    void theBaselinesDrawsFlowIntoRelativeBackends() {
        Toy base = new Toy("base", RATE, WATTS);
        Follower follower = new Follower();
        Subject baseline = subject(base);
        dev.cambrian.api.ReferenceRun reference = dev.cambrian.engine.estimate.Estimator.reference(base, baseline.parameters(),
                Fixture.GPT3, Fixture.ECONOMICS);
        Options options = new Options(3 * ChunkPlan.CHUNK_SIZE, 7, 2, Figure.TIME);
        java.util.concurrent.atomic.AtomicLong progress = new java.util.concurrent.atomic.AtomicLong();
        UncertaintyResult r = MonteCarlo.run(List.of(subject(follower), baseline), baseline, Fixture.GPT3, Fixture.ECONOMICS,
                reference, options, Caller.DIRECT, progress::addAndGet);
        assertThat(r.failures()).isEmpty();
        assertThat(progress.get()).as("samples reported done").isEqualTo(2L * options.samples());
        BackendUncertainty f = r.backends().stream().filter(b -> b.backendId().equals("follower")).findFirst().orElseThrow();
        BackendUncertainty b = r.backends().stream().filter(x -> x.backendId().equals("base")).findFirst().orElseThrow();
        assertThat(f.sampled()).as("the follower declares nothing uncertain").isEmpty();
        assertThat(f.seconds().p10()).isCloseTo(b.seconds().p10() / 2, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(f.seconds().p90()).isCloseTo(b.seconds().p90() / 2, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(f.seconds().p90()).isGreaterThan(f.seconds().p10() * 1.2);
        assertThat(f.rankProbabilities().get(0)).as("always twice as fast, sample by sample").isEqualTo(1.0);
        assertThat(r.notes()).anyMatch(n -> n.contains("of the same sample"));

        UncertaintyResult fixed = MonteCarlo.run(List.of(subject(follower)), Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                Caller.DIRECT);
        Percentiles t = fixed.backends().get(0).seconds();
        assertThat(t.p10()).as("without the baseline sampled, the nominal reference throughout").isEqualTo(t.p90());
        assertThat(fixed.notes()).anyMatch(n -> n.contains("not carried into them"));
    }

    @Test
    @DisplayName("sampled backend by backend and summarised on the way, a run equals the same run put together from"
            + " shards with every column kept, bit for bit: baseline among the backends or sampled apart")
    void summarisingOnTheWayChangesNothing() {
        Toy base = new Toy("base", RATE, WATTS);
        Subject baseline = subject(base);
        dev.cambrian.api.ReferenceRun reference = dev.cambrian.engine.estimate.Estimator.reference(base, baseline.parameters(),
                Fixture.GPT3, Fixture.ECONOMICS);
        List<Subject> others = new java.util.ArrayList<>(List.of(subject(new Follower())));
        for (int k = 0; k < 4; k++) {
            others.add(subject(new Toy("other" + k, new Range(1.5e14 + k * 1e13, 2e14, 3e14), WATTS)));
        }
        List<Subject> withBaseline = new java.util.ArrayList<>(others);
        withBaseline.add(2, baseline);
        assertThat(MonteCarlo.byBackendHoldsLess(others.size(), false, true)).as("the path under test is taken").isTrue();
        assertThat(MonteCarlo.byBackendHoldsLess(1, true, true)).as("one backend: chunk by chunk holds less").isFalse();
        Options options = new Options(5 * ChunkPlan.CHUNK_SIZE + 17, 11, 2, Figure.TIME);
        for (List<Subject> subjects : List.of(withBaseline, others)) {
            UncertaintyResult whole = MonteCarlo.run(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                    Caller.DIRECT, done -> { });
            java.util.Map<String, SavedChunk> saved = new java.util.HashMap<>();
            for (int i = 1; i <= 2; i++) {
                for (SavedChunk c : MonteCarlo.shard(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                        Caller.DIRECT, done -> { }, new dev.cambrian.engine.shard.Shard(i, 2))) {
                    saved.put(c.backendId() + "/" + c.chunk(), c);
                }
            }
            UncertaintyResult merged = MonteCarlo.run(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                    Caller.DIRECT, done -> { }, (id, chunk) -> saved.get(id + "/" + chunk));
            assertThat(whole.failures()).isEmpty();
            assertThat(whole.backends()).hasSize(subjects.size());
            for (int k = 0; k < subjects.size(); k++) {
                BackendUncertainty a = whole.backends().get(k);
                BackendUncertainty b = merged.backends().get(k);
                String as = subjects.size() + " backends, " + a.backendId();
                assertThat(a.backendId()).as(as).isEqualTo(b.backendId());
                assertThat(List.of(a.seconds(), a.joules(), a.usd())).as(as).isEqualTo(List.of(b.seconds(), b.joules(), b.usd()));
                assertThat(a.rankProbabilities()).as(as).isEqualTo(b.rankProbabilities());
                assertThat(a.sensitivity()).as(as).isEqualTo(b.sensitivity());
                assertThat(a.histograms().keySet()).as(as).isEqualTo(b.histograms().keySet()).containsExactly(Figure.TIME);
                assertThat(a.histograms().get(Figure.TIME).shares()).as(as).isEqualTo(b.histograms().get(Figure.TIME).shares());
                assertThat(a.histograms().get(Figure.TIME).edges()).as(as).isEqualTo(b.histograms().get(Figure.TIME).edges());
            }
            assertThat(whole.notes()).isEqualTo(merged.notes());
        }
    }

    @Test
    @DisplayName("how chunks are grouped into calls changes nothing: one chunk a call against up to eight, chunk by chunk"
            + " and backend by backend, baseline sampled")
    void groupingChunksIntoCallsChangesNothing() {
        Toy base = new Toy("base", RATE, WATTS);
        Subject baseline = subject(base);
        dev.cambrian.api.ReferenceRun reference = dev.cambrian.engine.estimate.Estimator.reference(base, baseline.parameters(),
                Fixture.GPT3, Fixture.ECONOMICS);
        List<Subject> many = new java.util.ArrayList<>(List.of(subject(new Follower()), baseline));
        for (int k = 0; k < 4; k++) {
            many.add(subject(new Toy("other" + k, new Range(1.5e14 + k * 1e13, 2e14, 3e14), WATTS)));
        }
        Caller oneChunkACall = new Caller() {
            @Override
            public <T> T call(String backendId, java.util.function.Supplier<String> what, java.util.concurrent.Callable<T> task) {
                return Caller.DIRECT.call(backendId, what, task);
            }

            @Override
            public long callBudgetNanos() {
                return 0; // every call stops after its first chunk
            }
        };
        int chunks = 33;
        assertThat(ChunkPlan.chunksPerTask(chunks, 1)).as("tasks of eight chunks on one thread").isEqualTo(8);
        for (List<Subject> subjects : List.of(many, List.of(subject(new Follower()), baseline))) {
            for (int threads : new int[] {1, 2}) {
                Options options = new Options(chunks * ChunkPlan.CHUNK_SIZE - 5, 17, threads, Figure.TIME);
                UncertaintyResult grouped = MonteCarlo.run(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                        Caller.DIRECT, done -> { });
                UncertaintyResult single = MonteCarlo.run(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                        oneChunkACall, done -> { });
                assertThat(grouped.failures()).isEmpty();
                assertThat(grouped.backends()).hasSize(subjects.size());
                for (int k = 0; k < subjects.size(); k++) {
                    BackendUncertainty a = grouped.backends().get(k);
                    BackendUncertainty b = single.backends().get(k);
                    String as = subjects.size() + " backends, " + threads + " threads, " + a.backendId();
                    assertThat(a.backendId()).as(as).isEqualTo(b.backendId());
                    assertThat(List.of(a.seconds(), a.joules(), a.usd())).as(as).isEqualTo(List.of(b.seconds(), b.joules(), b.usd()));
                    assertThat(a.rankProbabilities()).as(as).isEqualTo(b.rankProbabilities());
                    assertThat(a.sensitivity()).as(as).isEqualTo(b.sensitivity());
                }
            }
        }
    }

    @Test
    @DisplayName("a long run of a few backends reads every figure but the ranked one as the chunks come back, keeping no"
            + " column of them, and gives the same result bit for bit as the run put together from shards")
    void streamingTheOtherFiguresChangesNothing() {
        Toy base = new Toy("base", RATE, WATTS);
        Subject baseline = subject(base);
        dev.cambrian.api.ReferenceRun reference = dev.cambrian.engine.estimate.Estimator.reference(base, baseline.parameters(),
                Fixture.GPT3, Fixture.ECONOMICS);
        List<Subject> subjects = List.of(subject(new Follower()), baseline);
        Options options = new Options(PercentileBrackets.MIN_LENGTH + 3 * ChunkPlan.CHUNK_SIZE + 5, 13, 2, Figure.ENERGY);
        assertThat(MonteCarlo.byBackendHoldsLess(subjects.size(), false, true)).as("chunk by chunk, where streaming is").isFalse();
        UncertaintyResult whole = MonteCarlo.run(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                Caller.DIRECT, done -> { });
        java.util.Map<String, SavedChunk> saved = new java.util.HashMap<>();
        for (int i = 1; i <= 3; i++) {
            for (SavedChunk c : MonteCarlo.shard(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                    Caller.DIRECT, done -> { }, new dev.cambrian.engine.shard.Shard(i, 3))) {
                saved.put(c.backendId() + "/" + c.chunk(), c);
            }
        }
        UncertaintyResult merged = MonteCarlo.run(subjects, baseline, Fixture.GPT3, Fixture.ECONOMICS, reference, options,
                Caller.DIRECT, done -> { }, (id, chunk) -> saved.get(id + "/" + chunk));
        assertThat(whole.failures()).isEmpty();
        for (int k = 0; k < subjects.size(); k++) {
            BackendUncertainty a = whole.backends().get(k);
            BackendUncertainty b = merged.backends().get(k);
            assertThat(a.backendId()).isEqualTo(b.backendId());
            assertThat(List.of(a.seconds(), a.joules(), a.usd())).as(a.backendId()).isEqualTo(List.of(b.seconds(), b.joules(), b.usd()));
            assertThat(a.rankProbabilities()).isEqualTo(b.rankProbabilities());
            assertThat(a.sensitivity()).isEqualTo(b.sensitivity());
            assertThat(a.histograms().get(Figure.ENERGY).shares()).isEqualTo(b.histograms().get(Figure.ENERGY).shares());
        }
    }

    @Test
    @DisplayName("a shard holds its own chunks' samples, not the whole run's: the parts add up to the run")
    void aShardHoldsItsShareOfTheSamples() {
        int n = 10 * ChunkPlan.CHUNK_SIZE + 123;
        assertThat(MonteCarlo.samplesIn(dev.cambrian.engine.shard.Shard.WHOLE, n)).isEqualTo(n);
        int sum = 0;
        for (int i = 1; i <= 3; i++) {
            int held = MonteCarlo.samplesIn(new dev.cambrian.engine.shard.Shard(i, 3), n);
            assertThat(held).isLessThan(n / 2);
            sum += held;
        }
        assertThat(sum).isEqualTo(n);
        // more parts than chunks: one part holds the chunk, the others nothing
        int one = 0;
        for (int i = 1; i <= 20; i++) {
            one += MonteCarlo.samplesIn(new dev.cambrian.engine.shard.Shard(i, 20), ChunkPlan.CHUNK_SIZE);
        }
        assertThat(one).isEqualTo(ChunkPlan.CHUNK_SIZE);
        // and what a shard's run makes is that: its columns, and no draws for the sensitivity ranking it does not compute
        Toy toy = new Toy("toy", RATE, WATTS);
        Subject s = subject(toy);
        ParameterSampler sampler = ParameterSampler.of(s.parameters());
        ModelInput template = new ModelInput(Fixture.GPT3, s.parameters().nominal(), Fixture.ECONOMICS, null, false);
        ChunkPlan plan = new ChunkPlan(n);
        var second = new dev.cambrian.engine.shard.Shard(2, 3);
        SampledRun part = new SampledRun(s, sampler, null, null, null, List.of(), new ChunkEvaluator(toy, sampler, template), plan,
                1, 0, second);
        part.samples.allocate(new java.util.ArrayDeque<>());
        assertThat(part.samples.of(Figure.TIME)).hasSize(MonteCarlo.samplesIn(second, n));
        assertThat(part.samples.parameterValues()).isZero();
        SampledRun whole = new SampledRun(s, sampler, null, null, null, List.of(), new ChunkEvaluator(toy, sampler, template), plan,
                1, 100, dev.cambrian.engine.shard.Shard.WHOLE);
        whole.samples.allocate(new java.util.ArrayDeque<>());
        assertThat(whole.samples.of(Figure.TIME)).hasSize(n);
    }
}
