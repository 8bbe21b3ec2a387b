package dev.cambrian.engine.compose;

import static dev.cambrian.api.OperationClass.ATTENTION;
import static dev.cambrian.api.OperationClass.COMMUNICATION;
import static dev.cambrian.api.OperationClass.DENSE_MATMUL;
import static dev.cambrian.api.OperationClass.ELEMENTWISE;
import static dev.cambrian.api.OperationClass.OPTIMIZER;
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
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two relative backends estimated by the real {@link Estimator}, then composed: the per-class figures
 * the relative models produce are the ones composition reads. The dense-1t workload's default mix is
 * 50% dense matmul, 11% attention, 24% element-wise, 5% optimizer, 10% communication; the baseline
 * takes 1,000 s and 2,000 J on 1,000 GPUs for $1M.
 */
class ComposerOnRelativeBackendsTest {
    private static final Economics ECONOMICS = new Economics(0.10, 2026);
    private final Workload dense = WorkloadResolver.resolve(WorkloadCatalog.preset("dense-1t").orElseThrow());

    /** Takes over one class entirely at a speedup (energy factor the same), with 50% conversion overhead. */
    static final class OneClass extends RelativeBackend {
        OneClass(String id, OperationClass c, double speedup, double units, String ownLine, double programmeMonths) {
            this(id, c, 1, speedup, units, ownLine, programmeMonths);
        }

        /** Covering {@code coverage} of the class; the rest of it stays on the baseline's devices. */
        OneClass(String id, OperationClass c, double coverage, double speedup, double units, String ownLine, double programmeMonths) {
            this(id, Map.of(c, new ClassFigure(Range.of(coverage), Range.of(speedup), Range.of(speedup), "t")), speedup, units,
                    ownLine, programmeMonths);
        }

        /** Covering several classes, each wholly at its own speedup and energy factor. */
        OneClass(String id, Map<OperationClass, ClassFigure> classes, double headline, double units, String ownLine,
                 double programmeMonths) {
            super(new TechnologySpec(new BackendInfo(id, id, Category.OTHER, 3, "test", List.of("test")), id + " chip", false,
                    classes,
                    RelativeParameters.builder().headline(Range.of(headline), Range.of(headline), "t")
                            .classes(classes)
                            .units(Range.of(units), "t").unitPrice(Range.of(1000), "t").premium(Range.of(0), "t")
                            .conversionOverhead(Range.of(0.5), "t").coolingOverhead(Range.of(0), "t").build(),
                    List.of(),
                    List.of(new Profile("current", "c", Map.of(), "t"), new Profile("enhanced", "e", Map.of(), "t")),
                    new Programme(List.of(new InvestmentLine("shared fab", Range.of(1e9), true, "t"),
                            new InvestmentLine(ownLine, Range.of(2e8), false, "t")), null,
                            List.of(new Programme.Step("build", programmeMonths)), "t"),
                    List.of()));
        }
    }

    private ReferenceRun reference() {
        TimeEstimate t = TimeEstimate.split(1000, dense.mix(), List.of(), List.of());
        EnergyEstimate e = EnergyEstimate.proportionalTo(t, 2000, List.of(), List.of());
        return new ReferenceRun("gpu", t, e, new HardwareEstimate(List.of(new DeviceCount("gpu", 1000, 1000 * Units.hours(1000))),
                1e6, 0, List.of(), List.of()));
    }

    private Estimate estimate(RelativeBackend b, ReferenceRun ref) {
        return estimate(b, ref, Map.of());
    }

    /** With some of the backend's parameters set, as a scenario sets them. */
    private Estimate estimate(RelativeBackend b, ReferenceRun ref, Map<String, Range> values) {
        Map<String, String> origins = new java.util.HashMap<>();
        values.keySet().forEach(k -> origins.put(b.info().id() + "." + k, "test"));
        Scenario s = new Scenario("t", "t", "gpu", ECONOMICS, Map.of(), Map.of(b.info().id(), values), null, origins);
        return Estimator.estimate(b, ParameterResolver.resolve(b.info().id(), b.parameters(), s), dense, ECONOMICS, ref, "t");
    }

    @Test
    void coolingIsBilledForTheClassesTheCompoundGivesAMember() {
        ReferenceRun ref = reference();
        // wide: matmul 1000 J / 10 and element-wise 480 J / 4 on the technology, cooling half of each: 50 + 60 J; its
        // conversion seconds split 25 / 60, so a share by time would bill 110 x 60 / 85 = 77.6 J for element-wise
        ClassFigure matmul = new ClassFigure(Range.of(1), Range.of(10), Range.of(10), "t");
        ClassFigure elementwise = new ClassFigure(Range.of(1), Range.of(2), Range.of(4), "t");
        Estimate wide = estimate(new OneClass("wide", Map.of(DENSE_MATMUL, matmul, ELEMENTWISE, elementwise), 3, 100,
                "wide R&D", 12), ref, Map.of(RelativeParameters.COOLING, Range.of(0.5)));
        assertThat(wide.nominal().energy().overheadJoules()).isCloseTo(110, within(1e-9));
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 100, 100, "optic R&D", 12), ref);

        Compound c = Composer.compose(List.of(wide, optic), ref, Map.of(), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);

        assertThat(c.assignment()).containsEntry(DENSE_MATMUL, "optic").containsEntry(ELEMENTWISE, "wide");
        // matmul 10 J on optic, attention 220, element-wise 120 on wide, optimizer 100, communication 200; wide's cooling
        // for element-wise only: 60 J of its 110
        assertThat(c.energyJoules()).isCloseTo(10 + 220 + 120 + 100 + 200 + 60, within(1e-9));
    }

    @Test
    void aClassGoesToAMemberOnlyWhenItsTimeWithTheOverheadItBringsBeatsTheBaseline() {
        ReferenceRun ref = reference();
        // element-wise 240 s / 1.1 = 218 s, but with half of it again in conversion 327 s: slower than the GPUs' 240 s
        Estimate barely = estimate(new OneClass("barely", ELEMENTWISE, 1.1, 100, "barely R&D", 12), ref);
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 10, 100, "optic R&D", 12), ref);
        Compound c = Composer.compose(List.of(optic, barely), ref, Map.of(), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);
        assertThat(c.assignment()).containsEntry(ELEMENTWISE, "gpu").containsEntry(DENSE_MATMUL, "optic");
        assertThat(c.trainingSeconds()).isCloseTo(50 + 110 + 240 + 50 + 100 + 25, within(1e-9));
    }

    @Test
    void membersEquallyFastGiveOneCompoundWhateverTheirOrder() {
        ReferenceRun ref = reference();
        // equal times on matmul (500 s / 10, the same overhead); "alpha" draws less energy there (factor 20 against 10)
        ClassFigure lean = new ClassFigure(Range.of(1), Range.of(10), Range.of(20), "t");
        ClassFigure plain = new ClassFigure(Range.of(1), Range.of(10), Range.of(10), "t");
        Estimate alpha = estimate(new OneClass("zeta", Map.of(DENSE_MATMUL, lean), 10, 100, "zeta R&D", 12), ref);
        Estimate beta = estimate(new OneClass("beta", Map.of(DENSE_MATMUL, plain), 10, 100, "beta R&D", 12), ref);
        Estimate gamma = estimate(new OneClass("gamma", Map.of(DENSE_MATMUL, plain), 10, 100, "gamma R&D", 12), ref);
        for (List<Estimate> order : List.of(List.of(alpha, beta), List.of(beta, alpha))) {
            assertThat(Composer.compose(order, ref, Map.of(), ECONOMICS, 6).assignment()).containsEntry(DENSE_MATMUL, "zeta");
        }
        // zeta's cooling makes it draw more once counted: 50 J and 100 J of cooling against beta's 100 J
        Estimate cooled = estimate(new OneClass("zeta", Map.of(DENSE_MATMUL, lean), 10, 100, "zeta R&D", 12), ref,
                Map.of(RelativeParameters.COOLING, Range.of(2)));
        assertThat(Composer.compose(List.of(cooled, beta), ref, Map.of(), ECONOMICS, 6).assignment())
                .containsEntry(DENSE_MATMUL, "beta");
        // equal in time and energy too: the first id alphabetically
        for (List<Estimate> order : List.of(List.of(beta, gamma), List.of(gamma, beta))) {
            assertThat(Composer.compose(order, ref, Map.of(), ECONOMICS, 6).assignment()).containsEntry(DENSE_MATMUL, "beta");
        }
    }

    @Test
    void aPinSlowerThanTheBaselineOnceItsOverheadCountsIsWarned() {
        ReferenceRun ref = reference();
        // element-wise 240 s / 1.1 = 218 s, plus 109 s of conversion: 327 s against the GPUs' 240 s
        Estimate barely = estimate(new OneClass("barely", ELEMENTWISE, 1.1, 100, "barely R&D", 12), ref);
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 10, 100, "optic R&D", 12), ref);
        Compound c = Composer.compose(List.of(optic, barely), ref, Map.of(ELEMENTWISE, "barely"), ECONOMICS, 6);
        assertThat(c.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("element-wise is pinned to barely,"
                + " which takes 218.2 s on it and brings 109.1 s of overhead with it, against the baseline's 240.0 s"));
        assertThat(c.derivation()).filteredOn(d -> d.quantity().equals("time of element-wise")).singleElement()
                .satisfies(d -> assertThat(d.inputs()).contains("barely 218.2 s + 109.1 s overhead"));
    }

    @Test
    void aMemberPinnedToAClassItDoesNotCoverKeepsItsFleet() {
        ReferenceRun ref = reference();
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 10, 100, "optic R&D", 12), ref);
        Estimate memristor = estimate(new OneClass("memristor", ATTENTION, 11, 50, "memristor R&D", 18), ref);
        // every class pinned to a member, so the baseline runs nothing; optic runs element-wise and the optimizer,
        // memristor communication, at the GPUs' speed, on the GPUs each holds for work left on the baseline
        Map<OperationClass, String> pins = Map.of(DENSE_MATMUL, "optic", ATTENTION, "memristor", ELEMENTWISE, "optic",
                OPTIMIZER, "optic", COMMUNICATION, "memristor");
        Compound c = Composer.compose(List.of(optic, memristor), ref, pins, ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);
        // the fleets were dropped: 1,000 GPUs' work billed at nothing
        assertThat(c.hardware()).filteredOn(h -> h.kind().equals("gpu")).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(Range.of(1000)));
        assertThat(c.costUsd()).isGreaterThan(Units.hours(c.trainingSeconds()) * 1000 * 3600);
        assertThat(c.warnings()).anyMatch(w -> w.startsWith("element-wise is pinned to optic"));
    }


    @Test
    void aMemberPaysTheConversionOverheadOnlyOfTheClassesItRuns() {
        ReferenceRun ref = reference();
        ClassFigure matmul = new ClassFigure(Range.of(1), Range.of(10), Range.of(10), "t");
        ClassFigure elementwise = new ClassFigure(Range.of(1), Range.of(2), Range.of(2), "t");
        // wide: matmul 500 s / 10 = 50 s and element-wise 240 s / 2 = 120 s on the technology, 0.5 x 170 s of conversion
        Estimate wide = estimate(new OneClass("wide", Map.of(DENSE_MATMUL, matmul, ELEMENTWISE, elementwise), 3, 100,
                "wide R&D", 12), ref);
        assertThat(wide.nominal().time().overheadSeconds()).isCloseTo(85, within(1e-9));
        assertThat(wide.nominal().time().overheadSecondsByClass()).containsEntry(DENSE_MATMUL, 25.0)
                .containsEntry(ELEMENTWISE, 60.0);
        // optic: matmul 500 s / 100 = 5 s, 2.5 s of conversion
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 100, 100, "optic R&D", 12), ref);

        Compound c = Composer.compose(List.of(wide, optic), ref, Map.of(), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);

        assertThat(c.assignment()).containsEntry(DENSE_MATMUL, "optic").containsEntry(ELEMENTWISE, "wide");
        // wide converts only element-wise work here: 60 s of its 85; optic's 2.5 s
        assertThat(c.overheadSeconds()).isCloseTo(62.5, within(1e-9));
        // 5 + 110 + 120 + 50 + 100 + 62.5 s
        assertThat(c.trainingSeconds()).isCloseTo(447.5, within(1e-9));
        assertThat(c.derivation()).filteredOn(d -> d.quantity().equals("overheads")).singleElement()
                .satisfies(d -> assertThat(d.inputs()).contains("wide 60.00 s").contains("(its part for element-wise)"));
    }

    @Test
    void twoRelativeBackendsComposeClassByClass() {
        ReferenceRun ref = reference();
        // optic: matmul 500 s / 10 = 50 s, + 25 s conversion: 575 s. memristor: attention 110 s / 11 = 10 s, + 5 s: 905 s
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 10, 100, "optic R&D", 12), ref);
        Estimate memristor = estimate(new OneClass("memristor", ATTENTION, 11, 50, "memristor R&D", 18), ref);
        assertThat(optic.nominal().time().trainingSeconds()).isCloseTo(575, within(1e-9));
        assertThat(memristor.nominal().time().trainingSeconds()).isCloseTo(905, within(1e-9));

        Compound c = Composer.compose(List.of(optic, memristor), ref, Map.of(), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);

        assertThat(c.assignment()).containsExactly(Map.entry(DENSE_MATMUL, "optic"), Map.entry(ATTENTION, "memristor"),
                Map.entry(ELEMENTWISE, "gpu"), Map.entry(OPTIMIZER, "gpu"), Map.entry(COMMUNICATION, "gpu"));
        // 50 + 10 + 240 + 50 + 100 + 25 + 5 = 480 s
        assertThat(c.trainingSeconds()).isCloseTo(480, within(1e-9));
        assertThat(c.composedSpeedup()).isCloseTo(1000.0 / 480, within(1e-9));
        assertThat(c.naiveSpeedup()).isCloseTo(1000.0 / 575 * 1000.0 / 905, within(1e-9));
        // energy: matmul 1000 J / 10 + attention 220 J / 11 + 480 + 100 + 200 (no cooling)
        assertThat(c.energyJoules()).isCloseTo(900, within(1e-9));
        // each held the 1,000-GPU fleet only for the work it left on the baseline; the compound keeps the baseline's
        // fleet for the classes it leaves there itself: one fleet, not two
        assertThat(optic.nominal().hardware().devices()).filteredOn(d -> d.kind().equals("gpu")).singleElement()
                .satisfies(d -> assertThat(d.forWorkLeftOnBaseline()).isTrue());
        assertThat(c.hardware()).extracting(HardwareLine::kind).containsExactly("optic chip", "memristor chip", "gpu");
        assertThat(c.hardware()).filteredOn(h -> h.kind().equals("gpu")).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(Range.of(1000)));
        // the members' own chips (100 x $1,000 and 50 x $1,000; the fleets they booked are taken out), one fleet of
        // 1,000 GPUs for the compound's 480 s at $3,600 per device-hour, and 900 J at $0.10/kWh
        assertThat(c.costUsd()).isCloseTo(100_000 + 50_000 + 480_000 + Units.kwh(900) * 0.10, within(1e-6));
        // the shared fab once, both R&D lines
        assertThat(c.fabInvestmentUsd()).isEqualTo(Range.of(1e9 + 2e8 + 2e8));
        // programmes of 12 and 18 months (each then trains for a 1-month slot), then 6 months of integration
        assertThat(c.heroMonth()).isCloseTo(18 + 6 + Units.months(480), within(1e-9));
    }

    @Test
    void aFleetHeldOnlyForWorkLeftOnTheBaselineIsNotKeptWhenAnotherMemberTakesThatWork() {
        ReferenceRun ref = reference();
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 10, 100, "optic R&D", 12), ref);
        // a chip of another kind, twice the baseline's speed on every class, renting its 500 devices for $400,000
        Fixture fast = Fixture.member("twice").on(dense).device("B", 500).costs(400_000, 0);
        for (OperationClass k : ref.time().secondsByClass().keySet()) {
            fast.runs(k, ref.time().secondsByClass().get(k) / 2, ref.energy().joulesByClass().get(k) / 2);
        }
        Compound c = Composer.compose(List.of(optic, fast.estimate()), ref, Map.of(), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);

        // optic on matmul (50 s + 25 s conversion), twice on the rest (500 s / 2): no class stays on the baseline
        assertThat(c.assignment()).doesNotContainValue("gpu");
        assertThat(c.trainingSeconds()).isCloseTo(50 + 25 + 250, within(1e-9));
        // so optic's 1,000 GPUs, held only for the work it left on the baseline, are neither devices nor cost of the compound
        assertThat(c.hardware()).extracting(HardwareLine::kind).containsExactly("optic chip", "B");
        assertThat(c.costUsd()).isCloseTo(100_000 + 400_000 + Units.kwh(c.energyJoules()) * 0.10, within(1e-6));
        assertThat(c.derivation()).filteredOn(d -> d.quantity().equals("cost")).singleElement()
                .satisfies(d -> assertThat(d.inputs()).contains("not counted: optic's 1000 x gpu"));
    }

    @Test
    void aFleetAMemberStillUsesOnAClassItCoversInPartIsKept() {
        // photonic covers 80% of its classes: the rest of each runs on the baseline's GPUs, so winning the class does not
        // free the fleet (photonic+gpu-b200 lost 100,000 H100 for 307 days, $1.84B, from its cost; a reviewer found it)
        ReferenceRun ref = reference();
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 0.8, 10, 100, "optic R&D", 12), ref);
        assertThat(optic.nominal().hardware().devices()).filteredOn(d -> d.kind().equals("gpu")).singleElement()
                .satisfies(d -> assertThat(d.forWorkLeftOnBaseline()).isFalse());
        Fixture fast = Fixture.member("twice").on(dense).device("B", 500).costs(400_000, 0);
        for (OperationClass k : ref.time().secondsByClass().keySet()) {
            fast.runs(k, ref.time().secondsByClass().get(k) / 2, ref.energy().joulesByClass().get(k) / 2);
        }
        Compound c = Composer.compose(List.of(optic, fast.estimate()), ref, Map.of(), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);
        assertThat(c.assignment()).containsEntry(DENSE_MATMUL, "optic").doesNotContainValue("gpu");
        assertThat(c.hardware()).filteredOn(h -> h.kind().equals("gpu")).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(Range.of(1000)));
    }

    @Test
    void aFleetAHybridAlwaysKeepsIsKept() {
        ReferenceRun ref = reference();
        Estimate optic = estimate(new OneClass("optic", DENSE_MATMUL, 10, 100, "optic R&D", 12), ref);
        Estimate keeper = estimate(new AlwaysKeepsFleet(), ref);
        Compound c = Composer.compose(List.of(optic, keeper), ref, Map.of(DENSE_MATMUL, "optic", ATTENTION, "keeper",
                ELEMENTWISE, "keeper", OPTIMIZER, "keeper", COMMUNICATION, "keeper"), ECONOMICS, Composer.DEFAULT_INTEGRATION_MONTHS);
        assertThat(c.assignment()).doesNotContainValue("gpu");
        assertThat(c.hardware()).filteredOn(h -> h.kind().equals("gpu")).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(Range.of(1000)));
    }

    /** Runs on the baseline's devices and keeps their fleet for the whole run (as quantum-hybrid does), 2x on every class. */
    static final class AlwaysKeepsFleet extends RelativeBackend {
        AlwaysKeepsFleet() {
            super(new TechnologySpec(new BackendInfo("keeper", "keeper", Category.OTHER, 3, "test", List.of("test")), null, true,
                    everyClassAt(2),
                    RelativeParameters.builder().headline(Range.of(2), Range.of(2), "t").classes(everyClassAt(2))
                            .premium(Range.of(0), "t").conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t").build(),
                    List.of(),
                    List.of(new Profile("current", "c", Map.of(), "t"), new Profile("enhanced", "e", Map.of(), "t")),
                    new Programme(List.of(new InvestmentLine("keeper R&D", Range.of(1e8), false, "t")), null,
                            List.of(new Programme.Step("build", 6)), "t"),
                    List.of()));
        }

        private static Map<OperationClass, ClassFigure> everyClassAt(double speedup) {
            Map<OperationClass, ClassFigure> m = new java.util.EnumMap<>(OperationClass.class);
            for (OperationClass c : OperationClass.values()) {
                m.put(c, new ClassFigure(Range.of(1), Range.of(speedup), Range.of(speedup), "t"));
            }
            return m;
        }
    }
}
