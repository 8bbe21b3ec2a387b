package dev.cambrian.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Economics;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.api.relative.ClassFigure;
import dev.cambrian.api.relative.Programme;
import dev.cambrian.api.relative.RelativeBackend;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.api.relative.TechnologySpec;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditorTest {
    private static final Economics ECONOMICS = new Economics(0.10, 2026);
    private final Workload dense = WorkloadResolver.resolve(WorkloadCatalog.preset("dense-1t").orElseThrow());

    private static final List<Parameter> DATASHEET = List.of(Parameter.fixed("device-power-watts", "W", 100, "power", "datasheet"),
            Parameter.fixed("device-peak-ops", "op/s", 1e15, "peak", "datasheet"));

    /** Claims 50x while covering only dense matmul (50% of the default mix); 100 chips of 100 W and 1e15 op/s. */
    static final class Claimer extends RelativeBackend {
        Claimer() {
            this(DATASHEET, b -> b.coolingOverhead(Range.of(0), "t"));
        }

        Claimer(List<Parameter> extra, java.util.function.UnaryOperator<RelativeParameters.Builder> cooling) {
            super(new TechnologySpec(new BackendInfo("claimer", "claimer", Category.OTHER, 3, "test", List.of("test")),
                    "chip", false,
                    Map.of(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), Range.of(50), Range.of(50), "test")),
                    cooling.apply(RelativeParameters.builder().headline(Range.of(50), Range.of(50), "claim sheet")
                            .classes(Map.of(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), Range.of(50), Range.of(50), "t")))
                            .units(Range.of(100), "t").unitPrice(Range.of(1000), "t").premium(Range.of(0), "t")
                            .conversionOverhead(Range.of(0), "t")).build(),
                    extra,
                    List.of(new Profile("current", "c", Map.of(), "t"), new Profile("enhanced", "e", Map.of(), "t")),
                    new Programme(List.of(new InvestmentLine("fab", Range.of(1e9), false, "t")), null,
                            List.of(new Programme.Step("build", 12)), "t"),
                    List.of()));
        }
    }

    private ReferenceRun reference() {
        double seconds = 100 * Units.SECONDS_PER_DAY;
        TimeEstimate t = TimeEstimate.split(seconds, dense.mix(), List.of(), List.of());
        EnergyEstimate e = EnergyEstimate.proportionalTo(t, 100 * Units.JOULES_PER_GWH, List.of(), List.of());
        return new ReferenceRun("ref", t, e, new HardwareEstimate(List.of(new DeviceCount("gpu", 1000, 1000 * 2400)), 1e6, 0,
                List.of(), List.of()));
    }

    private static final Scenario SCENARIO = new Scenario("t", "t", "ref", ECONOMICS, Map.of(), Map.of(), null, Map.of());

    /** The baseline's parameters: only its facility PUE matters to the audit. */
    private static ResolvedParameters baseline() {
        return ParameterResolver.resolve("ref", new ParameterSpace(List.of(Parameter.fixed("pue", "1", 1.25, "PUE", "t")),
                List.of()), SCENARIO);
    }

    private BackendAudit audit(Claimer c, ResolvedParameters baselineOrNull) {
        return Auditor.audit(c, ParameterResolver.resolve("claimer", c.parameters(), SCENARIO), dense, ECONOMICS, reference(),
                baselineOrNull);
    }

    private List<Finding> audit() {
        return audit(new Claimer(), baseline()).findings();
    }

    private Finding find(String check) {
        return audit().stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow(() -> new AssertionError(check));
    }

    private static double measured(Finding f, String name) {
        return f.measured().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name)).value();
    }

    private static CheckRun run(BackendAudit audit, String check) {
        return audit.checks().stream().filter(c -> c.check().equals(check)).findFirst().orElseThrow(() -> new AssertionError(check));
    }

    @Test
    void amdahlBoundOfAHeadlineOnHalfTheWork() {
        // f = 0.5 (dense matmul in the default mix), s = 50: 1 / (0.5 + 0.01) = 1.96x
        Finding f = find(Auditor.AMDAHL);
        assertThat(f.numbers()).contains("covers 50%").contains("bound 1.96x");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        // the same figures as numbers, for spreadsheets
        assertThat(measured(f, "covered_share")).isCloseTo(0.5, within(1e-12));
        assertThat(measured(f, "bound_speedup")).isCloseTo(1 / 0.51, within(1e-12));
        assertThat(f.measured()).extracting(Finding.Measured::unit).containsOnly(Auditor.RATIO);
    }

    @Test
    void powerComparesTheDevicesWithTheDeviceNotTheGrid() {
        // claim: 100 GWh / 50 = 2 GWh over 100 chips for 2 days: 7.2e12 J / (100 x 172,800 s) = 417 kW per chip at the
        // grid; the baseline's PUE 1.25 takes it back to 333 kW at the device, against the datasheet's 100 W
        Finding f = find(Auditor.POWER);
        assertThat(f.numbers()).contains("417 kW per device at the grid, 333 kW at the device (PUE 1.25, the baseline ref's)")
                .contains("100 W");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(measured(f, "implied_power_at_grid")).isCloseTo(7.2e12 / (100 * 172_800.0), within(1e-6));
        assertThat(measured(f, "implied_power")).isCloseTo(7.2e12 / (100 * 172_800.0) / 1.25, within(1e-6));
        assertThat(measured(f, "stated_power")).isEqualTo(100);
    }

    @Test
    void withoutAPueThePowerCheckSaysWhyItDidNotRun() {
        CheckRun power = run(audit(new Claimer(), null), Auditor.POWER);
        assertThat(power.ran()).isFalse();
        assertThat(power.why()).contains("no pue");
    }

    @Test
    void throughputAndEfficiencyBeyondThePeak() {
        // 1.2e26 FLOP / (100 chips x 172,800 s) = 6.9e18 op/s per chip against 1e15
        assertThat(find(Auditor.THROUGHPUT).numbers()).contains("6.94e+18").contains("1.00e+15");
        // 1.2e26 FLOP / (7.2e12 J / PUE 1.25) = 2.08e13 op/J at the devices against 1e15 / 100 W = 1e13 op/J
        assertThat(find(Auditor.EFFICIENCY).numbers()).contains("2.08e+13 op/J at the devices").contains("1.00e+13");
    }

    @Test
    void theModelInForceIsCheckedAgainstTheDevicesPeakToo() {
        // the class-by-class model: 100 d x (0.5 + 0.5 / 50) = 51 d; the covered half of 1.2e26 FLOP on 100 chips over
        // 51 d is 6e25 / (100 x 4.41e6 s) = 1.36e17 op/s each, x136 their 1e15 peak
        Finding f = find(Auditor.MODEL_THROUGHPUT);
        assertThat(measured(f, "covered_work")).isCloseTo(0.5 * dense.trainingFlop(), within(1e12));
        assertThat(measured(f, "implied_throughput")).isCloseTo(0.5 * dense.trainingFlop() / (100 * 51 * Units.SECONDS_PER_DAY),
                within(1e12));
        assertThat(f.numbers()).contains("(50% of the work)").contains("against a peak of 1.00e+15 op/s");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void theEstimateWarnsOfTheSameExcessAsTheAudit() {
        // x136 the peak, as the audit's finding above computes it: the estimate users read said nothing of it
        Claimer c = new Claimer();
        var estimate = dev.cambrian.engine.estimate.Estimator.estimate(c, ParameterResolver.resolve("claimer", c.parameters(),
                SCENARIO), dense, ECONOMICS, reference(), "t");
        double ratio = measured(find(Auditor.MODEL_THROUGHPUT), "implied_throughput") / 1e15;
        assertThat(estimate.warnings()).anySatisfy(w -> assertThat(w).startsWith("its time needs ")
                .contains(String.format(Locale.ROOT, "%.3g times their declared peak of 1.00e+15 op/s", ratio))
                .contains("(100 x chip; 50% of the work in"));
    }

    @Test
    void everyCheckSaysWhetherItRanAndWhyNot() {
        BackendAudit audit = audit(new Claimer(), baseline());
        assertThat(audit.checks()).extracting(CheckRun::check).containsExactlyElementsOf(Auditor.BACKEND_CHECKS);
        assertThat(audit.checks()).filteredOn(CheckRun::ran).extracting(CheckRun::check)
                .containsExactly(Auditor.AMDAHL, Auditor.UNEXPLAINED_COST, Auditor.POWER, Auditor.EFFICIENCY, Auditor.THROUGHPUT,
                        Auditor.MODEL_THROUGHPUT);
        assertThat(run(audit, Auditor.OVERHEAD).why()).isEqualTo("cooling-overhead is 0: no overhead to leave out");
    }

    @Test
    void aFigureInAnotherUnitThanItsContractIsNotRead() {
        Claimer kilowatts = new Claimer(List.of(Parameter.fixed("device-power-watts", "kW", 0.1, "power", "datasheet")),
                b -> b.coolingOverhead(Range.of(0), "t"));
        BackendAudit audit = audit(kilowatts, baseline());
        assertThat(run(audit, Auditor.POWER).ran()).isFalse();
        assertThat(run(audit, Auditor.POWER).why()).isEqualTo("parameter device-power-watts is in kW; the contract's unit is W"
                + " (power one device of the technology draws by itself (no host, no facility))");
        assertThat(audit.findings()).extracting(Finding::check).doesNotContain(Auditor.POWER);
    }

    @Test
    void aCoolingOverheadDeclaredWithTheKitRaisesNoFindingUnlessTheHeadlineLeavesItOut() {
        // the kit's own energy path with a cooling overhead: no finding, whether or not the plugin says more
        BackendAudit unstated = audit(new Claimer(DATASHEET, b -> b.coolingOverhead(Range.of(0.3), "cooling sheet")), baseline());
        assertThat(unstated.findings()).extracting(Finding::check).doesNotContain(Auditor.OVERHEAD);
        assertThat(run(unstated, Auditor.OVERHEAD).why()).contains("whether the headline energy includes the 30% cooling is not stated");
        BackendAudit included = audit(new Claimer(DATASHEET, b -> b.coolingOverhead(Range.of(0.3), "cooling sheet", true)), baseline());
        assertThat(included.findings()).extracting(Finding::check).doesNotContain(Auditor.OVERHEAD);
        assertThat(run(included, Auditor.OVERHEAD).ran()).isTrue();
        // a source whose headline leaves its own stated overhead out: 100 GWh / 50 = 2 GWh, with 30% it is 2.6 GWh
        BackendAudit leftOut = audit(new Claimer(DATASHEET, b -> b.coolingOverhead(Range.of(0.3), "cooling sheet", false)), baseline());
        assertThat(leftOut.findings()).filteredOn(f -> f.check().equals(Auditor.OVERHEAD)).singleElement()
                .satisfies(f -> {
                    assertThat(f.numbers()).isEqualTo("baseline / reduction = 2.00 GWh; with the cooling 2.60 GWh");
                    assertThat(measured(f, "energy_with_overhead")).isCloseTo(2.6 * 3.6e12, within(1e-3));
                });
    }

    @Test
    void aChinchillaWorkloadIsCleanAndGpt3IsNot() {
        assertThat(Auditor.audit(dense)).isEmpty();
        Workload gpt3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());
        assertThat(Auditor.audit(gpt3)).singleElement().satisfies(f -> {
            assertThat(f.numbers()).startsWith("1.71 tokens per parameter");
            // 11.7x below ~20: the run's choice, not a claim, so medium (README's audit section), never high
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        });
    }
}
