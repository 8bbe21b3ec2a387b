package dev.cambrian.engine.compose;

import static dev.cambrian.api.OperationClass.ATTENTION;
import static dev.cambrian.api.OperationClass.COMMUNICATION;
import static dev.cambrian.api.OperationClass.DENSE_MATMUL;
import static dev.cambrian.api.OperationClass.ELEMENTWISE;
import static dev.cambrian.engine.compose.Fixture.ECONOMICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compositions small enough to check by hand. The baseline gpu-h100 spends 600 s on dense matmul,
 * 300 s on attention and 100 s on element-wise work (1,000 s, 2 J/s); photonic is 10x on matmul with
 * 40 s of conversion (500 s in all, 2x), analog 10x on attention and a little faster on matmul with 20 s
 * of conversion (400 s, 2.5x); neither beats the baseline on element-wise work.
 */
class ComposerTest {
    private static final double INTEGRATION = 6;

    private final ReferenceRun baseline = Fixture.member("gpu-h100")
            .runs(DENSE_MATMUL, 600, 1200).runs(ATTENTION, 300, 600).runs(ELEMENTWISE, 100, 200)
            .device("H100", 1000).costs(1000, 200).asBaseline();

    private final Estimate photonic = Fixture.member("photonic")
            .runs(DENSE_MATMUL, 60, 120).runs(ATTENTION, 300, 600).runs(ELEMENTWISE, 100, 200).overhead(40, 80)
            .device("photonic chip", 2000).device("H100", 1000).costs(5000, 100)
            .line("R&D", new Range(10, 15, 20), false).line("system integration", new Range(4, 6, 8), true)
            .phase("R&D", 0, 24).phase("fab", 24, 36).phase("training", 36, 37).estimate();

    private final Estimate analog = Fixture.member("analog")
            .runs(DENSE_MATMUL, 250, 250).runs(ATTENTION, 30, 30).runs(ELEMENTWISE, 100, 200).overhead(20, 40)
            .device("analog tile", 500).device("H100", 800).costs(3000, 50)
            .line("R&D", new Range(5, 10, 15), false).line("system integration", new Range(6, 8, 10), true)
            .phase("R&D", 0, 30).phase("training", 30, 31).estimate();

    private Compound compose(Map<OperationClass, String> pins) {
        return Composer.compose(List.of(photonic, analog), baseline, pins, ECONOMICS, INTEGRATION);
    }

    @Test
    void eachClassGoesToTheFastestMemberAndTheRestStaysOnTheBaseline() {
        Compound c = compose(Map.of());
        assertThat(c.id()).isEqualTo("photonic+analog");
        assertThat(c.members()).containsExactly("photonic", "analog");
        assertThat(c.assignment()).containsExactly(Map.entry(DENSE_MATMUL, "photonic"), Map.entry(ATTENTION, "analog"),
                Map.entry(ELEMENTWISE, "gpu-h100"));
        assertThat(c.secondsByClass()).containsExactly(Map.entry(DENSE_MATMUL, 60.0), Map.entry(ATTENTION, 30.0),
                Map.entry(ELEMENTWISE, 100.0));
        // both members run a class: 40 s + 20 s of conversion; 60 + 30 + 100 + 60 = 250 s
        assertThat(c.overheadSeconds()).isEqualTo(60);
        assertThat(c.trainingSeconds()).isEqualTo(250);
        // 120 J (photonic matmul) + 30 J (analog attention) + 200 J (baseline element-wise) + 80 J + 40 J
        assertThat(c.energyJoules()).isEqualTo(470);
    }

    @Test
    void theNaiveProductIsShownBesideTheComposedSpeedupWithTheAssumptionNamed() {
        Compound c = compose(Map.of());
        assertThat(c.naiveSpeedup()).isCloseTo(2 * 2.5, within(1e-12));
        assertThat(c.composedSpeedup()).isCloseTo(1000.0 / 250, within(1e-12));
        assertThat(c.whyTheyDiffer()).contains("5.000x").contains("4.000x").contains("whole run").contains("exactly one member")
                .contains("Amdahl").contains("conversion overhead");
    }

    @Test
    void overlappingMembersMakeTheNaiveProductOverstateTheCompound() {
        // seed-style: both speed up the same matmul, so their factors do not multiply
        ReferenceRun base = Fixture.member("gpu").runs(DENSE_MATMUL, 800, 800).runs(ELEMENTWISE, 200, 200).asBaseline();
        Estimate fast = Fixture.member("fast").runs(DENSE_MATMUL, 8, 8).runs(ELEMENTWISE, 200, 200).estimate();
        Estimate slow = Fixture.member("slow").runs(DENSE_MATMUL, 80, 80).runs(ELEMENTWISE, 150, 150).estimate();
        Compound c = Composer.compose(List.of(fast, slow), base, Map.of(), ECONOMICS, INTEGRATION);
        // naive: 1000/208 x 1000/230 = 20.9x; composed: 8 s + 150 s = 158 s, 6.33x
        assertThat(c.naiveSpeedup()).isCloseTo(1000.0 / 208 * 1000.0 / 230, within(1e-9));
        assertThat(c.trainingSeconds()).isEqualTo(158);
        assertThat(c.composedSpeedup()).isCloseTo(1000.0 / 158, within(1e-12));
        assertThat(c.naiveSpeedup()).isGreaterThan(3 * c.composedSpeedup());
        // no work stays on the baseline: neither its devices nor its rental are part of the compound
        assertThat(c.hardware()).extracting(HardwareLine::kind).containsExactly("fast chip", "slow chip");
        assertThat(c.costUsd()).isCloseTo(Units.kwh(158) * 0.36, within(1e-15));
    }

    @Test
    void costIsTheMembersOwnCostsPlusOneGpuFleetForTheCompoundsTimePlusEnergy() {
        Compound c = compose(Map.of());
        // The baseline rents 1,000 H100 for 1,000 s at $1,200: $4.32 per device-hour.
        // photonic $5,100 less the 1,000 H100 x 500 s it booked ($600); analog $3,050 less 800 H100 x 400 s ($384);
        // one fleet of 1,000 H100 for the compound's 250 s ($300); 470 J at $0.36/kWh
        assertThat(c.costUsd()).isCloseTo((5100 - 600) + (3050 - 384) + 300 + 470 / 3.6e6 * 0.36, within(1e-9));
    }

    @Test
    void hardwareIsTheUnionOfDeviceKindsWithASharedKindAtItsLargestCountForTheCompoundsHours() {
        Compound c = compose(Map.of());
        double hours = 250 / 3600.0;
        assertThat(c.hardware()).containsExactly(
                new HardwareLine("photonic chip", Range.of(2000), Range.of(2000 * hours)),
                new HardwareLine("H100", Range.of(1000), Range.of(1000 * hours)),
                new HardwareLine("analog tile", Range.of(500), Range.of(500 * hours)));
    }

    @Test
    void aMemberThatRentsByTheHourIsBilledForTheCompoundsHours() {
        // b200 runs alone in 500 s and bills $2,000 + $100 for it; with photonic on dense matmul the compound takes
        // 60 + 150 + 50 s and photonic's 40 s overhead = 300 s, so its devices, rented by the hour, cost 3/5 of that
        Estimate b200 = Fixture.member("b200").runs(DENSE_MATMUL, 300, 600).runs(ATTENTION, 150, 300).runs(ELEMENTWISE, 50, 100)
                .device("B200", 1000).costs(2000, 100).estimate();
        Compound bought = Composer.compose(List.of(photonic, b200), baseline, Map.of(), ECONOMICS, INTEGRATION);
        Compound rented = Composer.compose(List.of(photonic, b200), baseline, Map.of(), ECONOMICS, INTEGRATION, Set.of("b200"));
        assertThat(rented.trainingSeconds()).isEqualTo(300);
        assertThat(bought.costUsd() - rented.costUsd()).isCloseTo(2100 * (1 - 300.0 / 500), within(1e-9));
        assertThat(rented.derivation()).filteredOn(d -> d.quantity().equals("cost")).singleElement()
                .satisfies(d -> assertThat(d.inputs()).contains("b200 1260 (for the compound's hours)"));
    }

    @Test
    void aMembersInvestmentRangeOverItsCornersIsKept() {
        // two devices bought at a price range: their lines are points at the nominal price, their estimates ranges
        // (compose gpu-b200+tpu-v7 gave 5.0e9 at both ends where the members' ranges sum to 4-7e9)
        Estimate b200 = Fixture.member("b200").runs(DENSE_MATMUL, 300, 600).runs(ATTENTION, 150, 300).runs(ELEMENTWISE, 50, 100)
                .device("B200", 1000).costs(2000, 100).line("procurement", Range.of(3.5), false).investment(new Range(3, 3.5, 4.5))
                .estimate();
        Estimate tpu = Fixture.member("tpu").runs(DENSE_MATMUL, 400, 800).runs(ATTENTION, 100, 200).runs(ELEMENTWISE, 60, 120)
                .device("TPU", 1000).costs(1500, 100).line("procurement", Range.of(1.5), false).investment(new Range(1, 1.5, 2.5))
                .estimate();
        Compound c = Composer.compose(List.of(b200, tpu), baseline, Map.of(), ECONOMICS, INTEGRATION);
        assertThat(c.fabInvestmentUsd()).isEqualTo(new Range(4, 5, 7));
        // with a shareable line, the rest of the member's range is its own and the shared line counts once
        Estimate sharing = Fixture.member("sharing").runs(DENSE_MATMUL, 400, 800).runs(ATTENTION, 100, 200)
                .runs(ELEMENTWISE, 60, 120).device("TPU", 1000).costs(1500, 100).line("own", Range.of(1), false)
                .line("system integration", new Range(4, 6, 8), true).investment(new Range(4.5, 7, 10)).estimate();
        // photonic's own 10-20 (R&D) + sharing's own 0.5-2 (its 4.5-10 less 4-8) + the shared 4-8 once (both declare 4-8)
        assertThat(Composer.compose(List.of(photonic, sharing), baseline, Map.of(), ECONOMICS, INTEGRATION).fabInvestmentUsd())
                .isEqualTo(new Range(10 + 0.5 + 4, 15 + 1 + 6, 20 + 2 + 8));
    }

    @Test
    void fabSumsTheLinesAndCountsASharedLineOnceAtItsLargest() {
        Compound c = compose(Map.of());
        // R&D 10-20 and 5-15 (not shareable: both count); system integration 4-8 and 6-10 shared: 6-10 once
        assertThat(c.fabInvestmentUsd()).isEqualTo(new Range(21, 33, 45));
        assertThat(c.derivation()).filteredOn(d -> d.quantity().equals("in-house investment")).singleElement()
                .satisfies(d -> assertThat(d.inputs()).contains("'system integration' (2 members"));
    }

    @Test
    void heroMonthIsTheLongestProgrammeThenIntegrationThenTheCompoundsRun() {
        Compound c = compose(Map.of());
        // photonic's programme ends at 36 (37 less its 1-month training), analog's at 30
        assertThat(c.heroMonth()).isCloseTo(36 + 6 + Units.months(250), within(1e-12));
        assertThat(Composer.compose(List.of(photonic, analog), baseline, Map.of(), ECONOMICS, 0).heroMonth())
                .isCloseTo(36 + Units.months(250), within(1e-12));
    }

    @Test
    void aTimelineWithoutATrainingPhaseCountsWhole() {
        Estimate procured = Fixture.member("procured").runs(DENSE_MATMUL, 300, 300).runs(ATTENTION, 300, 300)
                .runs(ELEMENTWISE, 100, 100).phase("delivery", 0, 40).estimate();
        Compound c = Composer.compose(List.of(photonic, procured), baseline, Map.of(), ECONOMICS, INTEGRATION);
        assertThat(c.heroMonth()).isCloseTo(40 + 6 + Units.months(c.trainingSeconds()), within(1e-12));
    }

    @Test
    void aCompoundCanDeliverBeforeAMemberWhoseOwnRunIsLongerThanIntegrationAndTheCompoundsRun() {
        // the member trains for 20 months on its own; the compound trains once, after integration, far faster
        double month = Units.SECONDS_PER_MONTH;
        ReferenceRun slowBase = Fixture.member("gpu").runs(DENSE_MATMUL, 20 * month, 1).runs(ATTENTION, 10 * month, 1)
                .asBaseline();
        Estimate longRun = Fixture.member("long-run").runs(DENSE_MATMUL, 10 * month, 1).runs(ATTENTION, 10 * month, 1)
                .phase("procurement", 0, 3).phase("training", 3, 23).estimate();
        Estimate quick = Fixture.member("quick").runs(DENSE_MATMUL, 20 * month, 1).runs(ATTENTION, 0.5 * month, 1)
                .phase("build", 0, 12).phase("training", 12, 13).estimate();
        Compound c = Composer.compose(List.of(longRun, quick), slowBase, Map.of(), ECONOMICS, INTEGRATION);
        // 12 (quick's programme) + 6 + 10.5 months: before long-run's own hero month, 23
        assertThat(c.heroMonth()).isCloseTo(28.5, within(1e-9));
        assertThat(c.heroMonth()).isGreaterThan(longRun.nominal().timeline().heroMonth());
        Compound noIntegration = Composer.compose(List.of(longRun, quick), slowBase, Map.of(), ECONOMICS, 0);
        assertThat(noIntegration.heroMonth()).isCloseTo(22.5, within(1e-9)).isLessThan(23);
    }

    @Test
    void aPinMovesAClassAndAMemberLeftWithNoClassAddsNoOverheadDevicesOrCost() {
        Compound c = compose(Map.of(ATTENTION, "photonic"));
        assertThat(c.assignment()).containsEntry(ATTENTION, "photonic").containsEntry(DENSE_MATMUL, "photonic");
        // 60 + 300 + 100 + photonic's 40; analog runs nothing
        assertThat(c.trainingSeconds()).isEqualTo(500);
        assertThat(c.overheadSeconds()).isEqualTo(40);
        assertThat(c.energyJoules()).isEqualTo(120 + 600 + 200 + 80);
        assertThat(c.hardware()).extracting(HardwareLine::kind).containsExactly("photonic chip", "H100");
        // photonic's own $4,500 ($5,100 less its booked fleet) + 1,000 H100 for 500 s ($600) + energy
        assertThat(c.costUsd()).isCloseTo(4500 + 600 + 1000 / 3.6e6 * 0.36, within(1e-9));
        // it is still a member: its programme is built and paid for
        assertThat(c.fabInvestmentUsd().nominal()).isEqualTo(33);
        assertThat(c.derivation()).filteredOn(d -> d.quantity().equals("time of attention")).singleElement()
                .satisfies(d -> assertThat(d.formula()).startsWith("pinned by the user -> photonic"));
        // photonic takes attention's 300 s, as the baseline does: the pin is listed, and said to speed nothing up
        assertThat(c.warnings()).containsExactly("attention is pinned to photonic, which takes 300.0 s on it against the"
                + " baseline's 300.0 s: photonic speeds up none of it (the class runs on the GPUs photonic keeps, if any)");
        // a pin to a member faster on the class says nothing
        assertThat(compose(Map.of(ATTENTION, "analog")).warnings()).isEmpty();
        assertThat(compose(Map.of()).warnings()).isEmpty();
    }

    @Test
    void aPinCanKeepAClassOnTheBaseline() {
        Compound c = compose(Map.of(DENSE_MATMUL, "gpu-h100"));
        assertThat(c.assignment()).containsExactly(Map.entry(DENSE_MATMUL, "gpu-h100"), Map.entry(ATTENTION, "analog"),
                Map.entry(ELEMENTWISE, "gpu-h100"));
        assertThat(c.trainingSeconds()).isEqualTo(600 + 30 + 100 + 20);
    }

    @Test
    void aTieInTimeGoesToTheMemberDrawingLessEnergyWhateverTheOrder() {
        // as fast as photonic on dense matmul (60 s), at 60 J against its 120 J: the order members are written in decided
        Estimate twin = Fixture.member("twin").runs(DENSE_MATMUL, 60, 60).runs(ATTENTION, 300, 600).runs(ELEMENTWISE, 100, 200)
                .estimate();
        assertThat(Composer.compose(List.of(photonic, twin), baseline, Map.of(), ECONOMICS, INTEGRATION).assignment())
                .containsEntry(DENSE_MATMUL, "twin");
        assertThat(Composer.compose(List.of(twin, photonic), baseline, Map.of(), ECONOMICS, INTEGRATION).assignment())
                .containsEntry(DENSE_MATMUL, "twin");
    }

    @Test
    void theDerivationGoesClassByClass() {
        Compound c = compose(Map.of());
        assertThat(c.derivation()).extracting(Derivation::quantity).startsWith("time of dense-matmul", "time of attention",
                "time of element-wise").contains("training time", "energy", "cost", "hero month", "naive speedup",
                "composed speedup");
        Derivation matmul = c.derivation().get(0);
        assertThat(matmul.value()).isEqualTo(60);
        assertThat(matmul.formula()).isEqualTo("fastest member on the class, with the overhead it brings -> photonic (120.0 J)");
        assertThat(matmul.inputs()).isEqualTo("photonic 60.00 s, analog 250.0 s, baseline gpu-h100 600.0 s");
        assertThat(c.derivation().get(2).formula()).startsWith("no member faster than the baseline");
    }

    @Test
    void aPinToAnUnknownBackendNamesWhatIsAccepted() {
        assertThatThrownBy(() -> compose(Map.of(ATTENTION, "tpu")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot pin attention to 'tpu': it is neither a member of the compound nor the baseline;"
                        + " accepted: photonic, analog, gpu-h100");
    }

    @Test
    void aPinOnAClassTheWorkloadDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> compose(Map.of(COMMUNICATION, "photonic")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot pin communication: the workload has no communication work");
    }

    @Test
    void fewerThanTwoMembersOrOneTwiceIsRefused() {
        assertThatThrownBy(() -> Composer.compose(List.of(photonic), baseline, Map.of(), ECONOMICS, INTEGRATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a compound needs at least two members, got 1");
        assertThatThrownBy(() -> Composer.compose(List.of(photonic, photonic), baseline, Map.of(), ECONOMICS, INTEGRATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backend photonic appears twice in the compound photonic+photonic");
    }

    @Test
    void membersOnDifferentWorkloadsOrANegativeIntegrationAreRefused() {
        Estimate elsewhere = Fixture.member("elsewhere").on(WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow()))
                .runs(DENSE_MATMUL, 1, 1).estimate();
        assertThatThrownBy(() -> Composer.compose(List.of(photonic, elsewhere), baseline, Map.of(), ECONOMICS, INTEGRATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compound members must be estimated on one workload: photonic is on dense-1t, elsewhere on gpt-3");
        assertThatThrownBy(() -> Composer.compose(List.of(photonic, analog), baseline, Map.of(), ECONOMICS, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("integration months must not be negative");
    }

    @Test
    void aCompoundThatTakesNoTimeIsInfeasibleRatherThanInfinitelyFast() {
        ReferenceRun base = Fixture.member("gpu").runs(DENSE_MATMUL, 10, 10).runs(ATTENTION, 10, 10).asBaseline();
        Estimate a = Fixture.member("a").runs(DENSE_MATMUL, 0, 0).runs(ATTENTION, 5, 5).estimate();
        Estimate b = Fixture.member("b").runs(DENSE_MATMUL, 5, 5).runs(ATTENTION, 0, 0).estimate();
        assertThatThrownBy(() -> Composer.compose(List.of(a, b), base, Map.of(), ECONOMICS, INTEGRATION))
                .isInstanceOf(InfeasibleException.class).hasMessageStartingWith("the compound a+b takes no time at all");
    }
}
