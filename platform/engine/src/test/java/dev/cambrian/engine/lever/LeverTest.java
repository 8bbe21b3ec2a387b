package dev.cambrian.engine.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cambrian.api.Contracts;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeverTest {
    private static final String FLAG = "--lever";

    private static List<LeverSetting> parse(String... texts) {
        return LeverSetting.parse(List.of(texts), FLAG);
    }

    @Test
    void competitiveMarginsCutTheAcceleratorPriceBySeed001Section37() {
        // faraboschi2024barriers §3.7: 65% today, 35%-45% historically; price = cost / (1 - margin).
        assertEquals(0.35 / 0.60, atNvidiasMargin(0.40), 1e-12);
        assertEquals(1.0, atNvidiasMargin(Lever.TODAY_MARGIN), 1e-12);
        assertEquals(0.35 / 0.55, atNvidiasMargin(0.45), 1e-12);
        assertEquals(0.35 / 0.65, atNvidiasMargin(0.35), 1e-12);
    }

    /** The lever's price factor at target margin m on a device sold at NVIDIA's 65%. */
    private static double atNvidiasMargin(double m) {
        return Lever.COMPETITIVE_ACCELERATORS.parameterChanges(m).get(1).marginFactor(name -> Lever.TODAY_MARGIN);
    }

    @Test
    void theCutIsFromTheMarginTheDeviceDeclaresAndNeverRaisesAPrice() {
        // a --set vendor-gross-margin changed nothing: the factor assumed 65% whatever the device declared
        ParameterChange price = Lever.COMPETITIVE_ACCELERATORS.parameterChanges(0.40).get(1);
        assertEquals("device-price", price.parameter());
        assertEquals(0.50 / 0.60, price.marginFactor(name -> 0.50), 1e-12);
        assertEquals(1.0, price.marginFactor(name -> 0.30), 1e-12); // already below the target: left as it is
        dev.cambrian.api.Range r = price.apply(new dev.cambrian.api.Range(100, 200, 300), name -> 0.50);
        assertEquals(200 * 0.50 / 0.60, r.nominal(), 1e-9);
        assertEquals(300 * 0.50 / 0.60, r.high(), 1e-9);
    }

    @Test
    void everyLeverNamesItsSourceAndTable2Area() {
        for (Lever l : Lever.values()) {
            assertTrue(l.source().contains("faraboschi2024barriers") || l.source().contains("venturebeat2024quantum"), l.id());
            assertTrue(!l.area().isBlank() && !l.settingUnit().isBlank(), l.id());
            l.defaultSetting().ifPresent(d -> assertTrue(d >= l.minSetting() && d <= l.maxSetting(), l.id()));
        }
    }

    @Test
    void allTakesEveryLeverWithADefaultInCatalogueOrder() {
        List<LeverSetting> all = parse("all");
        assertEquals(Lever.values().length - 1, all.size());
        assertTrue(all.stream().noneMatch(s -> s.lever() == Lever.TRAINING_ALGORITHMS));
        List<LeverSetting> reversed = parse("lns-format", "resilience", "resilience");
        assertEquals(List.of(Lever.RESILIENCE, Lever.LNS_FORMAT), reversed.stream().map(LeverSetting::lever).toList());
    }

    @Test
    void aLeverNamedTwiceWithTwoSettingsIsRefusedAndAllLeavesTheNamedOnesAsSet() {
        // the last setting won without a word
        assertEquals("--lever resilience: resilience is also set by --lever resilience=4; give it once",
                assertThrows(InputException.class, () -> parse("resilience=4", "resilience")).getMessage());
        // 'all' before or after: the lever named keeps its setting ('all' after it set the default instead)
        for (List<String> texts : List.of(List.of("data-reduction=0.3", "all"), List.of("all", "data-reduction=0.3"))) {
            List<LeverSetting> levers = LeverSetting.parse(texts, FLAG);
            assertEquals(Lever.values().length - 1, levers.size(), texts.toString());
            assertEquals(0.3, levers.stream().filter(s -> s.lever() == Lever.DATA_REDUCTION).findFirst().orElseThrow().setting(),
                    texts.toString());
        }
    }

    @Test
    void allOnTheCommandLineLeavesALeverTheScenarioNamesAsItIsSet() {
        // a scenario file's lns-format 0.5 became the default 0.6 under --lever all
        List<LeverSetting> file = LeverSetting.parse(List.of("lns-format=0.5"), "mine.yaml:4:3");
        List<LeverSetting> merged = LeverSetting.merged(file, parse("all"));
        assertEquals(Lever.values().length - 1, merged.size());
        assertEquals(0.5, merged.stream().filter(s -> s.lever() == Lever.LNS_FORMAT).findFirst().orElseThrow().setting());
        // named on the command line, a lever still overrides the file
        assertEquals(0.6, LeverSetting.merged(file, parse("lns-format=0.6")).get(0).setting());
    }

    @Test
    void badSettingsAreOneLineErrorsNamingTheFlag() {
        assertTrue(assertThrows(InputException.class, () -> parse("warp-drive")).getMessage()
                .startsWith("--lever warp-drive: unknown lever 'warp-drive'; accepted: resilience,"));
        assertTrue(assertThrows(InputException.class, () -> parse("training-algorithms")).getMessage()
                .contains("has no default"));
        assertTrue(assertThrows(InputException.class, () -> parse("lns-format=1.5")).getMessage()
                .contains("lns-format takes x training time from 0.01 to 1, got 1.5"));
        assertTrue(assertThrows(InputException.class, () -> parse("competitive-accelerators=0.8")).getMessage()
                .contains("gross margin from 0 to 0.65"));
        assertTrue(assertThrows(InputException.class, () -> parse("mx-format=half")).getMessage()
                .contains("'half' is not a number"));
    }

    @Test
    void workloadLeversShrinkTheJobEveryBackendSees() {
        Workload w = WorkloadResolver.resolve(WorkloadCatalog.preset("dense-1t").orElseThrow());
        assertSame(w, WorkloadLevers.apply(w, parse("resilience", "lns-format")));
        Workload less = WorkloadLevers.apply(w, parse("data-reduction"));
        assertEquals(w.tokens() * 0.5, less.tokens(), 1);
        assertEquals(w.trainingFlop() * 0.5, less.trainingFlop(), w.trainingFlop() * 1e-12);
        Workload sparse = WorkloadLevers.apply(w, parse("model-partitioning"));
        assertEquals(w.experts() * 2, sparse.experts());
        assertEquals(w.activeParameters() / 2, sparse.activeParameters(), 1);
        assertEquals(w.totalParameters(), sparse.totalParameters());
        assertEquals(w.tokens(), sparse.tokens());
        assertEquals(w.trainingFlop() / 2, sparse.trainingFlop(), w.trainingFlop() * 1e-12);
        Workload both = WorkloadLevers.apply(w, parse("data-reduction=0.5", "model-partitioning=4", "training-algorithms=0.8"));
        assertEquals(w.trainingFlop() * 0.5 / 4 * 0.8, both.trainingFlop(), w.trainingFlop() * 1e-12);
        assertTrue(both.name().contains("model-partitioning=4") && both.source().contains("faraboschi2024barriers"));
        assertTrue(assertThrows(InputException.class, () -> WorkloadLevers.apply(w, parse("model-partitioning=1.5")))
                .getMessage().contains("not a whole number of experts"));
    }

    @Test
    void parameterLeversActLastOnEveryBackendThatOptsIn() {
        List<Parameter> declared = List.of(
                Parameter.fixed("checkpoint-bandwidth", "B/s", 500e9, "d", "test"),
                Parameter.fixed("checkpoint-reduction", "1", 0, "d", "test"),
                Parameter.fixed("peak-flops", "FLOP/s", 1e15, "d", "test"),
                Parameter.uncertain("price-per-device-hour", "USD/device-hour", new Range(2, 3, 4), "d", "test"),
                Parameter.fixed("power-watts", "W", 1000, "d", "test"),
                Parameter.fixed("vendor-gross-margin", "1", 0.65, "d", "test"),
                Parameter.fixed("device-price", "USD", 30_000, "d", "test"));
        ParameterSpace space = new ParameterSpace(declared, List.of(), Contracts.levers());
        Scenario base = BuiltInScenarios.named(BuiltInScenarios.DEFAULT).orElseThrow();
        ResolvedParameters r = ParameterResolver.resolve("toy", space, base.withLevers(parse("all")));
        double[] v = r.nominal().toArray();
        assertEquals(2e12, v[0], 1, "resilience: 2 TB/s");
        assertEquals(0.75, v[1], 1e-12, "resilience halves the state, MX halves what is left");
        assertEquals(1e15 / 0.6, v[2], 1, "LNS: the same work in 60% of the time");
        assertEquals(new Range(2, 3, 4).times(0.35 / 0.6), r.parameters().get(3).range());
        assertEquals(1000 / 1.5, v[4], 1e-9);
        assertTrue(r.assumptions().stream().anyMatch(a -> a.origin().startsWith("lever competitive-accelerators=0.4")));
        assertTrue(r.assumptions().stream().anyMatch(a -> a.parameter().equals("checkpoint-reduction")
                && a.origin().startsWith("lever resilience=2") && a.origin().contains("; then lever mx-format=0.5")),
                "stacked levers keep every origin");
        // a device that does not opt in to the margin lever (a TPU) keeps its price under competitive accelerators
        ParameterSpace noMargin = new ParameterSpace(List.of(
                Parameter.uncertain("price-per-device-hour", "USD/device-hour", new Range(2, 3, 4), "d", "test")), List.of());
        assertEquals(new Range(2, 3, 4), ParameterResolver.resolve("tpu", noMargin,
                base.withLevers(parse("competitive-accelerators"))).parameters().get(0).range());
        ResolvedParameters untouched = ParameterResolver.resolve("toy", space, base);
        assertEquals(500e9, untouched.nominal().get(0));
    }

    @Test
    void aBackendThatMerelyHasALeversParameterNamesIsLeftAlone() {
        // the same names, no opt-in: a plugin that happens to call its figures peak-flops or price-per-device-hour
        ParameterSpace space = new ParameterSpace(List.of(
                Parameter.fixed("peak-flops", "FLOP/s", 1e15, "d", "test"),
                Parameter.uncertain("price-per-device-hour", "USD/device-hour", new Range(2, 3, 4), "d", "test"),
                Parameter.fixed("vendor-gross-margin", "1", 0.65, "d", "test")), List.of());
        Scenario all = BuiltInScenarios.named(BuiltInScenarios.DEFAULT).orElseThrow().withLevers(parse("all"));
        ResolvedParameters r = ParameterResolver.resolve("stranger", space, all);
        assertEquals(1e15, r.nominal().get(0));
        assertEquals(new Range(2, 3, 4), r.parameters().get(1).range());
        assertTrue(r.assumptions().isEmpty());
    }

    @Test
    void optingInNeedsTheLeversParametersInTheContractsUnits() {
        List<Parameter> kilowatts = List.of(Parameter.fixed("power-watts", "kW", 1, "d", "test"));
        assertEquals("opts in to lever efficient-hardware, but parameter power-watts is in kW; the contract's unit is W (all-in"
                + " power per device: device, host and network share)", assertThrows(IllegalArgumentException.class,
                () -> new ParameterSpace(kilowatts, List.of(), java.util.Set.of(Contracts.EFFICIENT_HARDWARE))).getMessage());
        assertEquals("opts in to lever competitive-accelerators but does not declare device-price, which it acts on or needs",
                assertThrows(IllegalArgumentException.class, () -> new ParameterSpace(List.of(
                        Parameter.uncertain("price-per-device-hour", "USD/device-hour", new Range(2, 3, 4), "d", "test")),
                        List.of(), java.util.Set.of(Contracts.COMPETITIVE_ACCELERATORS))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ParameterSpace(List.of(), List.of(),
                java.util.Set.of("cheaper-chips"))).getMessage().startsWith("opts in to unknown lever 'cheaper-chips'"));
    }

    @Test
    void resilienceNeverMakesABetterCheckpointWorse() {
        // faraboschi2024barriers §3.1's optimized configuration is a floor: 5 TB/s and 80% less state stay as they are.
        ParameterSpace space = new ParameterSpace(List.of(
                Parameter.fixed("checkpoint-bandwidth", "B/s", 500e9, "d", "test"),
                Parameter.fixed("checkpoint-reduction", "1", 0, "d", "test")), List.of(), java.util.Set.of(Contracts.RESILIENCE));
        Scenario better = BuiltInScenarios.named(BuiltInScenarios.DEFAULT).orElseThrow().overriddenBy(
                dev.cambrian.engine.scenario.ScenarioOverride.parameters(java.util.Map.of("toy", java.util.Map.of(
                        "checkpoint-bandwidth", Range.of(5e12), "checkpoint-reduction", Range.of(0.8))),
                        java.util.Map.of("toy.checkpoint-bandwidth", "--set toy.checkpoint-bandwidth")));
        ResolvedParameters r = ParameterResolver.resolve("toy", space, better.withLevers(parse("resilience")));
        assertEquals(5e12, r.nominal().get(0));
        assertEquals(0.8, r.nominal().get(1));
        assertTrue(r.assumptions().stream().anyMatch(a -> a.origin().startsWith("--set toy.checkpoint-bandwidth; then lever")));
    }

    @Test
    void effectsAreMeasuredAloneAndStacked() {
        List<LeverSetting> two = parse("lns-format", "data-reduction");
        LeverEffects.Result r = LeverEffects.measure(two, levers -> {
            double t = 100;
            for (LeverSetting s : levers) {
                t *= s.lever() == Lever.LNS_FORMAT ? s.setting() : s.lever().flopFactor(s.setting());
            }
            return new LeverEffects.Figures(t, 2 * t, 3 * t);
        });
        assertEquals(100, r.without().seconds());
        assertEquals(0.5, r.alone().get(0).factors().seconds(), 1e-12, "data-reduction comes first in catalogue order");
        assertEquals(0.6, r.alone().get(1).factors().usd(), 1e-12);
        assertEquals(0.3, r.stackedOrNull().factors().joules(), 1e-12);
        assertEquals(null, LeverEffects.measure(parse("resilience"), l -> new LeverEffects.Figures(1, 1, 1)).stackedOrNull());
    }
}
