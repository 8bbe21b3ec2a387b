package dev.cambrian.engine.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Range;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.HardwareLine;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The invariants of composition (docs/architecture.md §6), as seeded random loops: each failure message names the
 * seed and the iteration, so a failing case can be replayed.
 */
class ComposerPropertiesTest {
    private static final long SEED = 20_260_611L;
    private static final int RUNS = 400;
    private static final OperationClass[] CLASSES = OperationClass.values();

    private static String where(long seed, int i) {
        return "seed " + seed + ", iteration " + i;
    }

    @Test
    void aCompoundIsNeverFasterOnAClassThanTheBestMemberThatCoversIt() {
        Random rnd = new Random(SEED);
        for (int i = 0; i < RUNS; i++) {
            RandomCompound r = new RandomCompound(rnd, true);
            Compound c = r.compose();
            double bestTotal = 0;
            for (OperationClass k : CLASSES) {
                double best = r.baselineFixture.seconds(k);
                for (Fixture m : r.members) {
                    best = Math.min(best, m.seconds(k));
                }
                double got = c.secondsByClass().get(k);
                String at = where(SEED, i) + ", class " + k.id();
                assertThat(got).as(at).isGreaterThanOrEqualTo(best);
                String pin = r.pins.get(k);
                if (pin == null) {
                    assertThat(got).as(at + ": unpinned, so the fastest runs it").isEqualTo(best);
                } else {
                    Fixture pinned = pin.equals("base") ? r.baselineFixture : r.members.get(Integer.parseInt(pin.substring(1)));
                    assertThat(got).as(at + ": pinned to " + pin).isEqualTo(pinned.seconds(k));
                }
                bestTotal += best;
            }
            assertThat(c.trainingSeconds()).as(where(SEED, i)).isGreaterThanOrEqualTo(bestTotal * (1 - 1e-12));
        }
    }

    @Test
    void coveringMoreClassesNeverMakesACompoundSlowerWhenOverheadsAreZero() {
        long seed = SEED + 1;
        Random rnd = new Random(seed);
        int takenOver = 0;
        for (int i = 0; i < RUNS; i++) {
            RandomCompound r = new RandomCompound(rnd, false);
            Compound before = r.compose();
            // one member takes over a class it did not beat the baseline on
            Fixture m = r.members.get(rnd.nextInt(r.members.size()));
            int start = rnd.nextInt(CLASSES.length);
            String change = "no class left to take over";
            for (int j = 0; j < CLASSES.length; j++) {
                OperationClass k = CLASSES[(start + j) % CLASSES.length];
                double base = r.baselineFixture.seconds(k);
                if (base > 0 && m.seconds(k) >= base) {
                    m.runs(k, base * rnd.nextDouble(), base);
                    change = "a member now covers " + k.id();
                    takenOver++;
                    break;
                }
            }
            Compound after = r.compose();
            assertThat(after.trainingSeconds()).as(where(seed, i) + ": " + change)
                    .isLessThanOrEqualTo(before.trainingSeconds());
            // a further member covers more classes still
            r.addMember();
            Compound more = r.compose();
            assertThat(more.trainingSeconds()).as(where(seed, i) + ": a member added")
                    .isLessThanOrEqualTo(after.trainingSeconds());
        }
        assertThat(takenOver).as("cases where a member took over a class").isGreaterThan(RUNS / 2);
    }

    @Test
    void theComposedEnergyIsTheSumOfItsParts() {
        long seed = SEED + 2;
        Random rnd = new Random(seed);
        for (int i = 0; i < RUNS; i++) {
            RandomCompound r = new RandomCompound(rnd, true);
            Compound c = r.compose();
            Map<String, EnergyEstimate> energy = new HashMap<>();
            Map<String, TimeEstimate> time = new HashMap<>();
            energy.put("base", r.baseline.energy());
            time.put("base", r.baseline.time());
            r.estimates().forEach(e -> {
                energy.put(e.backendId(), e.nominal().energy());
                time.put(e.backendId(), e.nominal().time());
            });
            double joules = 0;
            Set<String> used = new LinkedHashSet<>();
            for (Map.Entry<OperationClass, String> a : c.assignment().entrySet()) {
                joules += energy.get(a.getValue()).joulesByClass().get(a.getKey());
                if (!a.getValue().equals("base") || r.baselineFixture.seconds(a.getKey()) > 0) {
                    used.add(a.getValue());
                }
            }
            double overheadSeconds = 0;
            for (String id : used) {
                joules += energy.get(id).overheadJoules();
                overheadSeconds += time.get(id).overheadSeconds();
            }
            String at = where(seed, i) + ", runners " + used;
            assertThat(c.energyJoules()).as(at).isCloseTo(joules, within(1e-12 * joules));
            assertThat(c.overheadSeconds()).as(at).isCloseTo(overheadSeconds, within(1e-12 * overheadSeconds));
            double classSeconds = c.secondsByClass().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(c.trainingSeconds()).as(at).isCloseTo(classSeconds + c.overheadSeconds(),
                    within(1e-12 * c.trainingSeconds()));
        }
    }

    /**
     * The compound's programme contains every member's, then integration, then its own run: so it ends
     * no earlier than any member's hero month whenever that member's own training phase fits within
     * integration plus the compound's run. (A member that trains for longer on its own than that can
     * be overtaken: ComposerTest shows such a case.)
     */
    @Test
    void theHeroMonthIsAtLeastEveryMembers() {
        long seed = SEED + 3;
        Random rnd = new Random(seed);
        int compared = 0;
        for (int i = 0; i < RUNS; i++) {
            RandomCompound r = new RandomCompound(rnd, true);
            Compound c = r.compose();
            double run = Units.months(c.trainingSeconds());
            double longest = 0;
            for (int j = 0; j < r.members.size(); j++) {
                double programme = r.programmes.get(j)[0];
                double ownTraining = r.programmes.get(j)[1];
                String at = where(seed, i) + ", member m" + j;
                assertThat(c.heroMonth()).as(at + ": its programme, integration and the compound's run")
                        .isGreaterThanOrEqualTo(programme + r.integrationMonths + run - 1e-9);
                if (ownTraining <= r.integrationMonths + run) {
                    assertThat(c.heroMonth()).as(at + ": its own hero month").isGreaterThanOrEqualTo(programme + ownTraining - 1e-9);
                    compared++;
                }
                longest = Math.max(longest, programme);
            }
            assertThat(c.heroMonth()).as(where(seed, i) + ": the critical path")
                    .isCloseTo(longest + r.integrationMonths + run, within(1e-9));
        }
        assertThat(compared).as("members compared with their own hero month").isGreaterThan(RUNS);
    }

    @Test
    void noNaNLeavesTheEngine() {
        long seed = SEED + 4;
        Random rnd = new Random(seed);
        int infeasible = 0;
        for (int i = 0; i < RUNS; i++) {
            RandomCompound r = new RandomCompound(rnd, rnd.nextBoolean());
            // a member that absorbs a class entirely takes no time on it
            if (rnd.nextDouble() < 0.3) {
                r.members.get(0).runs(CLASSES[rnd.nextInt(CLASSES.length)], 0, 0);
            }
            Compound c;
            try {
                c = r.compose();
            } catch (InfeasibleException e) {
                infeasible++;
                continue;
            }
            String at = where(seed, i);
            c.secondsByClass().forEach((k, s) -> finite(at + ", seconds of " + k.id(), s));
            for (double v : new double[] {c.overheadSeconds(), c.trainingSeconds(), c.energyJoules(), c.costUsd(), c.heroMonth(),
                    c.naiveSpeedup(), c.composedSpeedup()}) {
                finite(at, v);
            }
            for (HardwareLine h : c.hardware()) {
                finite(at + ", " + h.kind(), h.count());
                finite(at + ", " + h.kind(), h.deviceHours());
            }
            finite(at + ", fab", c.fabInvestmentUsd());
            for (Derivation d : c.derivation()) {
                finite(at + ", " + d.quantity(), d.value());
            }
        }
        assertThat(infeasible).as("compounds with no time at all").isLessThan(RUNS / 10);
    }

    private static void finite(String at, Range r) {
        finite(at, r.low());
        finite(at, r.nominal());
        finite(at, r.high());
    }

    private static void finite(String at, double v) {
        assertThat(v).as(at).isFinite().isGreaterThanOrEqualTo(0);
    }
}
