package dev.cambrian.engine.uncertainty;

import static dev.cambrian.engine.uncertainty.Fixture.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.api.Range;
import dev.cambrian.engine.environment.DeviceMaterials;
import dev.cambrian.engine.environment.EmbodiedMethod;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Factor;
import dev.cambrian.engine.environment.GridFactor;
import dev.cambrian.engine.shard.Shard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Carbon and water under Monte Carlo: the environment's factors drawn over their ranges, the other figures untouched. */
class FootprintSamplingTest {
    private static final Range RATE = new Range(1e14, 2e14, 4e14);
    private static final Range WATTS = new Range(500, 1000, 1500);

    private static Factor point(String name, double v) {
        return new Factor(name, "u", Range.of(v), "test");
    }

    /** Grid 0.3-0.5 kgCO2e/kWh; no embodied carbon and no water, so carbon is energy x intensity alone. */
    private static Environment operationalOnly() {
        EmbodiedMethod none = new EmbodiedMethod(Map.of("x", new DeviceMaterials("x", "n", Range.of(0), 0, "t")),
                Map.of("n", point("cpa", 0)), point("memory", 0), point("packaging", 0), point("host", 0), point("unknown-device", 0),
                point("lifetime", 5));
        return new Environment(new GridFactor("t", "Test grid", new Range(0.3, 0.4, 0.5), false, "test"), point("off", 0),
                point("wue", 0), none);
    }

    private static BackendUncertainty run(Environment env) {
        Subject s = subject(new Toy("toy", RATE, WATTS));
        return MonteCarlo.run(List.of(s), Fixture.GPT3, Fixture.ECONOMICS, null, new Options(4_000, 3, 2, Figure.CARBON, env),
                Caller.DIRECT).backends().get(0);
    }

    @Test
    @DisplayName("ranked by carbon, the grid intensity drawn for every backend is ranked beside the backend's parameters (here"
            + " it moves carbon most, as operational carbon is the whole of it), with a note; ranked by time, no factor is")
    void theEnvironmentsFactorsAreRankedForCarbonAndWater() {
        Subject s = subject(new Toy("toy", RATE, WATTS));
        for (Figure f : Figure.values()) {
            UncertaintyResult result = MonteCarlo.run(List.of(s), Fixture.GPT3, Fixture.ECONOMICS, null,
                    new Options(5_000, 3, 1, f, operationalOnly()), Caller.DIRECT);
            List<String> names = result.backends().get(0).sensitivity().stream().map(x -> x.parameter().name()).toList();
            boolean environment = f == Figure.CARBON || f == Figure.WATER;
            assertThat(names.contains("environment.grid-intensity")).as(f.id()).isEqualTo(environment);
            assertThat(names).as("points are not ranked").doesNotContain("environment.onsite-wue", "environment.offsite-water",
                    "environment.device-lifetime");
            assertThat(result.notes().stream().anyMatch(n -> n.startsWith("Sensitivity of " + f.id() + " ranks the environment's")))
                    .as(f.id()).isEqualTo(environment);
        }
        // a backend with nothing of its own uncertain: carbon = a fixed energy x the intensity drawn, so the intensity's draws
        // rank exactly as carbon does, sample for sample, if they are the draws the run computed with (else about 0)
        Sensitivity grid = grid(1);
        assertThat(grid.spearman()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(grid(2)).as("whatever the thread count").isEqualTo(grid);
    }

    private static Sensitivity grid(int threads) {
        Subject s = subject(new Toy("fixed", Range.of(2e14), Range.of(1000)));
        return MonteCarlo.run(List.of(s), Fixture.GPT3, Fixture.ECONOMICS, null,
                new Options(5_000, 3, threads, Figure.CARBON, operationalOnly()), Caller.DIRECT).backends().get(0).sensitivity()
                .stream().filter(x -> x.parameter().name().equals("environment.grid-intensity")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("carbon = energy x an intensity drawn over the grid's range: its samples lie within the product's corners")
    void carbonSpansEnergyTimesTheIntensityRange() {
        BackendUncertainty r = run(operationalOnly());
        Percentiles energyKwh = r.joules();
        Percentiles carbon = r.carbonKgOrNull();
        assertThat(carbon.min()).isGreaterThanOrEqualTo(energyKwh.min() / 3.6e6 * 0.3 * (1 - 1e-12));
        assertThat(carbon.max()).isLessThanOrEqualTo(energyKwh.max() / 3.6e6 * 0.5 * (1 + 1e-12));
        // the intensity's own spread widens carbon beyond energy's: relative P90/P10 is larger
        assertThat(carbon.p90() / carbon.p10()).isGreaterThan(energyKwh.p90() / energyKwh.p10());
        assertThat(r.waterLitresOrNull().max()).isZero();
    }

    @Test
    @DisplayName("sampling the footprint leaves time, energy and cost bit for bit as without it")
    void otherFiguresUnchanged() {
        Subject s = subject(new Toy("toy", RATE, WATTS));
        BackendUncertainty without = MonteCarlo.run(List.of(s), Fixture.GPT3, Fixture.ECONOMICS, null,
                new Options(4_000, 3, 2, Figure.TIME), Caller.DIRECT).backends().get(0);
        BackendUncertainty with = run(operationalOnly());
        assertThat(with.seconds()).isEqualTo(without.seconds());
        assertThat(with.joules()).isEqualTo(without.joules());
        assertThat(with.usd()).isEqualTo(without.usd());
        assertThat(without.carbonKgOrNull()).isNull();
    }

    @Test
    @DisplayName("carbon and water put back from two shards (--shard/--merge) are the single run's, bit for bit")
    void shardsCarryCarbonAndWater() {
        Environment env = operationalOnly().withOnsiteWue(new Factor("wue", "L/kWh", new Range(0.2, 0.5, 1.0), "test"));
        List<Subject> subjects = List.of(subject(new Toy("toy", RATE, WATTS)), subject(new Toy("other", RATE, WATTS)));
        Options options = new Options(10_000, 3, 2, Figure.CARBON, env); // 3 chunks of 4,096
        UncertaintyResult single = MonteCarlo.run(subjects, null, Fixture.GPT3, Fixture.ECONOMICS, null, options,
                Caller.DIRECT, done -> { });
        Map<String, SavedChunk> store = new HashMap<>();
        for (int i = 1; i <= 2; i++) {
            for (SavedChunk c : MonteCarlo.shard(subjects, null, Fixture.GPT3, Fixture.ECONOMICS, null, options,
                    Caller.DIRECT, done -> { }, Shard.parse(i + "/2"))) {
                store.put(c.backendId() + "#" + c.chunk(), c);
            }
        }
        assertThat(store).hasSize(2 * MonteCarlo.chunks(10_000));
        UncertaintyResult merged = MonteCarlo.run(subjects, null, Fixture.GPT3, Fixture.ECONOMICS, null, options,
                Caller.DIRECT, done -> { }, (id, c) -> store.get(id + "#" + c));
        for (int k = 0; k < subjects.size(); k++) {
            BackendUncertainty a = single.backends().get(k);
            BackendUncertainty b = merged.backends().get(k);
            assertThat(b.backendId()).isEqualTo(a.backendId());
            assertThat(b.carbonKgOrNull()).isEqualTo(a.carbonKgOrNull());
            assertThat(b.waterLitresOrNull()).isEqualTo(a.waterLitresOrNull());
            assertThat(b.waterLitresOrNull().p90()).isGreaterThan(b.waterLitresOrNull().p10());
            assertThat(b.rankProbabilities()).isEqualTo(a.rankProbabilities());
            assertThat(b.sensitivity()).isEqualTo(a.sensitivity());
        }
    }

    @Test
    @DisplayName("the environment's factors are drawn once per sample for every backend: they share one grid")
    void environmentSharedAcrossBackends() {
        // time and energy are fixed; "lean" draws 10% less power than "hungry", so it emits less carbon under any one
        // intensity. Drawn apart per backend, the grid's 0.3-0.5 range would let "hungry" come first in about a third.
        Range rate = Range.of(2e14);
        List<Subject> subjects = List.of(subject(new Toy("lean", rate, Range.of(1000))), subject(new Toy("hungry", rate, Range.of(1100))));
        UncertaintyResult r = MonteCarlo.run(subjects, null, Fixture.GPT3, Fixture.ECONOMICS, null,
                new Options(5_000, 3, 2, Figure.CARBON, operationalOnly()), Caller.DIRECT, done -> { });
        BackendUncertainty lean = r.backends().get(0);
        BackendUncertainty hungry = r.backends().get(1);
        assertThat(lean.carbonKgOrNull().p90()).isGreaterThan(lean.carbonKgOrNull().p10());
        assertThat(lean.rankProbabilities().get(0)).isEqualTo(1.0);
        assertThat(hungry.rankProbabilities().get(1)).isEqualTo(1.0);
        // one draw per sample, so the two carbon columns are the same intensities times each backend's energy
        assertThat(hungry.carbonKgOrNull().p50() / lean.carbonKgOrNull().p50()).isCloseTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rankingByCarbonNeedsAnEnvironment() {
        assertThatThrownBy(() -> new Options(1_000, 1, 1, Figure.CARBON)).hasMessageContaining("needs an environment");
    }

    /**
     * The toy, but its batch device-hours have no valid answer while its costs have one (a plugin the TCK would fail:
     * the two disagree), so its carbon and water are never defined.
     */
    private record NoDeviceHours(Toy toy) implements dev.cambrian.api.HardwareBackend {
        public dev.cambrian.api.BackendInfo info() { return toy.info(); }
        public dev.cambrian.api.ParameterSpace parameters() { return toy.parameters(); }
        public dev.cambrian.api.SpeedupModel speedup() { return toy.speedup(); }
        public dev.cambrian.api.EnergyModel energy() { return toy.energy(); }
        public dev.cambrian.api.HardwareModel hardware() {
            dev.cambrian.api.HardwareModel own = toy.hardware();
            return new dev.cambrian.api.HardwareModel() {
                public dev.cambrian.api.HardwareEstimate estimate(dev.cambrian.api.ModelInput in, dev.cambrian.api.TimeEstimate t) {
                    return own.estimate(in, t);
                }

                public Map<String, double[]> deviceHours(dev.cambrian.api.ModelBatch batch, double[] seconds) {
                    double[] none = new double[batch.size()];
                    java.util.Arrays.fill(none, Double.NaN);
                    return Map.of("toy", none);
                }
            };
        }
        public dev.cambrian.api.FabInvestmentModel fabInvestment() { return toy.fabInvestment(); }
        public dev.cambrian.api.TimelineModel timeline() { return toy.timeline(); }
    }

    @Test
    @DisplayName("a backend whose carbon and water never have a valid sample gets its other figures and those two absent,"
            + " whether its figures are kept or streamed")
    void figuresWithNoValidSampleAreAbsent() {
        for (int samples : new int[] {4_000, PercentileBrackets.MIN_LENGTH}) {
            Subject s = subject(new NoDeviceHours(new Toy("toy", RATE, WATTS)));
            UncertaintyResult result = MonteCarlo.run(List.of(s), Fixture.GPT3, Fixture.ECONOMICS, null,
                    new Options(samples, 3, 2, Figure.TIME, operationalOnly()), Caller.DIRECT);
            assertThat(result.failures()).as("%d samples", samples).isEmpty();
            assertThat(result.infeasible()).isEmpty();
            BackendUncertainty r = result.backends().get(0);
            assertThat(r.seconds()).isNotNull();
            assertThat(r.joules()).isNotNull();
            assertThat(r.usd()).isNotNull();
            assertThat(r.carbonKgOrNull()).isNull();
            assertThat(r.waterLitresOrNull()).isNull();
            assertThat(r.warnings()).anyMatch(w -> w.startsWith("no sample has a valid carbon"))
                    .anyMatch(w -> w.startsWith("no sample has a valid water"));
        }
    }

    @Test
    @DisplayName("ranked by carbon, a backend without a valid carbon sample comes last, with no sensitivity, and leaves the"
            + " other backend's figures as they are alone")
    void rankedByCarbonTheBackendWithoutCarbonComesLast() {
        Subject broken = subject(new NoDeviceHours(new Toy("broken", RATE, WATTS)));
        Subject toy = subject(new Toy("toy", RATE, WATTS));
        Options options = new Options(4_000, 3, 2, Figure.CARBON, operationalOnly());
        UncertaintyResult both = MonteCarlo.run(List.of(broken, toy), Fixture.GPT3, Fixture.ECONOMICS, null, options, Caller.DIRECT);
        UncertaintyResult alone = MonteCarlo.run(List.of(toy), Fixture.GPT3, Fixture.ECONOMICS, null, options, Caller.DIRECT);
        assertThat(both.backends()).extracting(BackendUncertainty::backendId).containsExactly("toy", "broken");
        assertThat(both.backends().get(0).carbonKgOrNull()).isEqualTo(alone.backends().get(0).carbonKgOrNull());
        assertThat(both.backends().get(0).rankProbabilities()).containsExactly(1.0, 0.0);
        assertThat(both.backends().get(1).sensitivity()).isNotEmpty().noneMatch(Sensitivity::defined);
    }
}
