package dev.cambrian.api.absolute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.Category;
import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.OperationMix;
import dev.cambrian.api.ParallelPlan;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.Workload;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanSearchTest {
    private static final OperationMix MIX = new OperationMix(Map.of(OperationClass.DENSE_MATMUL, 1.0));

    private static Workload dense(double parameters, double tokens) {
        return new Workload("w", "dense", parameters, parameters, tokens, 6 * parameters * tokens, 1,
                Architecture.DENSE_TRANSFORMER, MIX, "test");
    }

    private static final class Chip extends AbsoluteBackend {
        Chip(double memoryBytes) {
            super(DeviceSpec.builder("chip").names("Chip cluster", "Test", "chip").category(Category.GPU)
                    .peak(Precision.BF16, 1e15, "test").memory(memoryBytes, "test").scaleUpDomain(8, "test")
                    .scaleUpBandwidth(450e9, "test").scaleOut(50e9, "test").tdp(700, "test").allInPower(700, 1000, 1200, "test")
                    .rental(1, 2, 3, "test").purchase(1, 2, 3, "test").firstAvailable(2020, 1, "test").runsPublished("test")
                    .build());
        }
    }

    private static ModelInput input(AbsoluteBackend b, Workload w, long devices, double planMode) {
        ParameterValues v = b.parameters().nominalValues().with(AbsoluteParameters.DEVICES, devices)
                .with(AbsoluteParameters.PLAN_MODE, planMode);
        return new ModelInput(w, v, new Economics(0.1, 2026), null);
    }

    @Test
    @DisplayName("ZeRO's state per device for 7.5B parameters on 64 devices: 120, 31.4, 16.6, 1.9 GB (rajbhandari2020zero, Figure 1)")
    void zeroStagesShardTheStateAsThePaperShows() {
        PlanInputs in = Planning.inputs(input(new Chip(80e9), dense(7.5e9, 1e12), 64, 0), 64, 1e15);
        double[] expectedGb = {120, 31.4, 16.6, 1.9};
        for (int z = 0; z <= 3; z++) {
            double[] m = PlanSearch.memory(in, 1, 1, 64, 1, z, Recomputation.FULL);
            assertThat((m[0] + m[1] + m[2]) / 1e9).as("ZeRO-" + z).isCloseTo(expectedGb[z], within(0.06));
        }
    }

    @Test
    @DisplayName("the layout is searched once per distinct inputs and mode: a range's corners and a plan-reading wrapper share it")
    void theBestPlanIsRememberedPerInputsAndMode() {
        PlanInputs in = Planning.inputs(input(new Chip(80e9), dense(7.5e9, 1e12), 64, 0), 64, 1e15);
        ParallelPlan fitted = Planning.bestPlan(in, false).orElseThrow();
        assertThat(fitted).isEqualTo(PlanSearch.best(in, "fitted").orElseThrow());
        assertThat(Planning.bestPlan(in, false).orElseThrow()).isSameAs(fitted);
        ParallelPlan planned = Planning.bestPlan(in, true).orElseThrow();
        assertThat(planned.mode()).isEqualTo("plan"); // the mode is part of what is remembered
        assertThat(planned.inMode("fitted")).isEqualTo(fitted);
        PlanInputs other = in.onDevices(128);
        assertThat(Planning.bestPlan(other, false)).isEqualTo(PlanSearch.best(other, "fitted")).isNotEqualTo(Planning.bestPlan(in, false));
    }

    @Test
    @DisplayName("a workload of fewer tokens than one global batch says its time is a share of one step")
    void aRunShorterThanOneStepSaysSo() {
        Chip chip = new Chip(80e9);
        var time = chip.speedup().estimate(input(chip, dense(7e9, 1), 64, 0));
        assertThat(time.warnings()).anySatisfy(w -> assertThat(w).startsWith("the workload's 1.00 tokens are 2.50e-07 of one global batch").contains("of one step"));
        var normal = chip.speedup().estimate(input(chip, dense(7e9, 1e12), 64, 0));
        assertThat(normal.warnings()).noneSatisfy(w -> assertThat(w).contains("of one step"));
    }

    @Test
    @DisplayName("a model with more layers than an int doubles to, on 2^40 devices: the search ends instead of dividing by zero")
    void aPipelineDeeperThanAnIntIsNotTried() {
        PlanInputs in = Planning.inputs(input(new Chip(80e9), dense(1e40, 1e41), 1000, 0), 1000, 1e15);
        assertThat(in.shape().layers()).isGreaterThan(Integer.MAX_VALUE); // the doubling pipeline degree wrapped to 0 here
        double least = PlanSearch.leastMemory(in.onDevices(1L << 40));
        assertThat(least).isPositive().isFinite();
        assertThat(PlanSearch.smallestFittingDevices(in, 1L << 40)).isEqualTo(-1); // ~1e40 parameters fit on no such cluster
        assertThat(PlanSearch.best(in.onDevices(1L << 40), "plan")).isEmpty();
        // a scale-up domain beyond an int (read as Integer.MAX_VALUE) let the tensor degree wrap the same way
        Chip chip = new Chip(80e9);
        ParameterValues wide = chip.parameters().nominalValues().with(AbsoluteParameters.DEVICES, 1e12)
                .with(AbsoluteParameters.SCALE_UP_DOMAIN, 1e10).with(AbsoluteParameters.PLAN_MODE, 0);
        PlanInputs huge = Planning.inputs(new ModelInput(dense(1e40, 1e41), wide, new Economics(0.1, 2026), null), 1e12, 1e15);
        assertThat(PlanSearch.leastMemory(huge)).isPositive().isFinite();
    }

    @Test
    @DisplayName("a model that fits nowhere has no valid answer and says by how much; one that fits on more devices names how many")
    void tooLargeForTheClusterSaysByHowMuchAndWhatWouldFit() {
        Chip chip = new Chip(80e9);
        assertThatThrownBy(() -> chip.speedup().estimate(input(chip, dense(1e15, 1e13), 8, 0)))
                .isInstanceOf(InfeasibleException.class).hasMessageContaining("does not fit in memory on 8 devices")
                .hasMessageContaining("needs at least 2.00 PB per device").hasMessageContaining("chip has 80.0 GB");
        Workload w70 = dense(70e9, 2e12);
        String message = org.assertj.core.api.Assertions.catchThrowable(() -> chip.speedup().estimate(input(chip, w70, 8, 0)))
                .getMessage();
        long smallest = Long.parseLong(message.replaceAll(".*the smallest cluster that fits is ([0-9,]+) devices.*", "$1")
                .replace(",", ""));
        assertThat(chip.speedup().estimate(input(chip, w70, smallest, 0)).trainingSeconds()).isPositive();
        assertThatThrownBy(() -> chip.speedup().estimate(input(chip, w70, smallest - 1, 0))).isInstanceOf(InfeasibleException.class);
    }

    @Test
    @DisplayName("more memory per device never needs more sharding: the 70B plan on a bigger device uses no higher ZeRO stage")
    void moreMemoryNeverForcesMoreSharding() {
        Workload w = dense(70e9, 2e12);
        ParallelPlan small = new Chip(80e9).speedup().estimate(input(new Chip(80e9), w, 64, 0)).plan().orElseThrow();
        ParallelPlan large = new Chip(192e9).speedup().estimate(input(new Chip(192e9), w, 64, 0)).plan().orElseThrow();
        assertThat(large.zeroStage()).isLessThanOrEqualTo(small.zeroStage());
        assertThat(large.stepTimeSeconds()).isLessThanOrEqualTo(small.stepTimeSeconds() * (1 + 1e-12));
        assertThat(small.memoryPerDeviceBytes()).isLessThanOrEqualTo(small.memoryCapacityBytes());
        assertThat(small.devicesUsed()).isEqualTo((long) small.tensor() * small.pipeline() * small.data());
    }

    @Test
    @DisplayName("the pipeline bubble is (p-1)/m of compute and tensor collectives (narayanan2021megatron, section 2.2.1)")
    void bubbleFollowsTheMegatronFormula() {
        PlanInputs in = Planning.inputs(input(new Chip(80e9), dense(70e9, 2e12), 256, 0), 256, 1e15);
        double[] step = PlanSearch.step(in, 8, 4, 8, 1, 1, Recomputation.SELECTIVE);
        double microBatches = in.sequencesPerStep() / (in.microBatch() * 8);
        assertThat(step[3]).isCloseTo(3 / microBatches * (step[0] + step[1]), within(1e-12));
        assertThat(step[0]).as("compute: 6 A B x 1.03 / (devices x peak x kernel efficiency)")
                .isCloseTo(6 * 70e9 * 4e6 * 1.03 / (256 * 1e15 * 0.7), within(1e-9));
    }

    @Test
    @DisplayName("plan-mode 1 trains for steps x step time over the useful fraction; the default mode keeps the fitted utilization")
    void planModeTakesTheSplitsTime() {
        Chip chip = new Chip(80e9);
        Workload w = dense(70e9, 2e12);
        var planned = chip.speedup().estimate(input(chip, w, 2048, 1));
        ParallelPlan plan = planned.plan().orElseThrow();
        assertThat(plan.mode()).isEqualTo("plan");
        assertThat(planned.trainingSeconds()).isGreaterThanOrEqualTo(plan.steps() * plan.stepTimeSeconds());
        assertThat(planned.trainingSeconds()).isLessThan(plan.steps() * plan.stepTimeSeconds() * 1.05);
        var fitted = chip.speedup().estimate(input(chip, w, 2048, 0));
        assertThat(fitted.plan().orElseThrow().mode()).isEqualTo("fitted");
        assertThat(Math.abs(fitted.trainingSeconds() / planned.trainingSeconds() - 1)).as("two different models").isGreaterThan(0.01);
    }

    @Test
    @DisplayName("a cluster size that is no power of two: 100B parameters fit on 24 devices (TP 8 x DP 3, ZeRO-3) but not on 23")
    void theFrugalLayoutLooksAtEverySplit() {
        Chip chip = new Chip(80e9);
        Workload w = dense(100e9, 2e12);
        assertThat(chip.speedup().estimate(input(chip, w, 24, 0)).trainingSeconds()).isPositive();
        assertThatThrownBy(() -> chip.speedup().estimate(input(chip, w, 23, 0))).isInstanceOf(InfeasibleException.class)
                .hasMessageContaining("the smallest cluster that fits is 24 devices");
    }

    @Test
    @DisplayName("an expert's state shards over the d / e replicas that hold it: under ZeRO-3 a device keeps experts / (t p d)")
    void expertStateShardsOverItsOwnReplicas() {
        Workload moe = new Workload("m", "moe", 1e12, 5e10, 1e12, 6 * 5e10 * 1e12, 64, Architecture.MOE_TRANSFORMER, MIX, "test");
        Chip chip = new Chip(80e9);
        PlanInputs in = Planning.inputs(input(chip, moe, 512, 0), 512, 1e15);
        ModelShape m = in.shape();
        for (int e : new int[] {1, 8, 64}) {
            double optimizer = PlanSearch.memory(in, 2, 2, 128, e, 3, Recomputation.FULL)[2];
            assertThat(optimizer).as("EP " + e).isCloseTo(12 * (m.sharedParameters() + m.expertParameters()) / (2 * 2 * 128.0),
                    within(1e-3 * optimizer));
        }
    }

    @Test
    @DisplayName("the expert-parallel degrees are every divisor of both the experts and the data-parallel devices, smallest"
            + " first, as a loop over every expert count gave them (which took 20 s at 1e9 experts)")
    void expertDegreesAreTheCommonDivisors() {
        Chip chip = new Chip(80e9);
        for (int experts : new int[] {1, 12, 64, 96, 1000, 1 << 20, 999_983}) {
            Workload moe = new Workload("m", "moe", 1e12, 5e10, 1e12, 6 * 5e10 * 1e12, experts, Architecture.MOE_TRANSFORMER, MIX,
                    "test");
            PlanInputs in = Planning.inputs(input(chip, moe, 512, 0), 512, 1e15);
            for (long d : new long[] {1, 2, 12, 48, 128, 1000, 4096, 65_536, 999_983}) {
                int[] expected = java.util.stream.IntStream.rangeClosed(1, experts)
                        .filter(e -> experts % e == 0 && e <= d && d % e == 0).toArray();
                assertThat(PlanSearch.expertDegrees(in, d)).as("%d experts, d %d", experts, d).containsExactly(expected);
            }
        }
        Workload huge = new Workload("m", "moe", 1e12, 5e10, 1e12, 6 * 5e10 * 1e12, 1_000_000_000, Architecture.MOE_TRANSFORMER, MIX,
                "test");
        assertThat(PlanSearch.expertDegrees(Planning.inputs(input(chip, huge, 512, 0), 512, 1e15), 4096))
                .containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512);
    }

    @Test
    @DisplayName("the fit check that stops at the first layout that fits answers as the least memory does, on every cluster"
            + " size from 1 to 400 devices of a 12-expert model (it starts to fit at 228)")
    void theQuickFitCheckAgreesWithTheLeastMemory() {
        Workload moe = new Workload("m", "moe", 1e12, 5e10, 1e12, 6 * 5e10 * 1e12, 12, Architecture.MOE_TRANSFORMER, MIX, "test");
        Chip chip = new Chip(80e9);
        int fit = 0;
        for (long n = 1; n <= 400; n++) {
            PlanInputs in = Planning.inputs(input(chip, moe, n, 0), n, 1e15);
            boolean fits = PlanSearch.leastMemory(in) <= in.usableMemoryBytes();
            assertThat(PlanSearch.fits(in)).as("%d devices", n).isEqualTo(fits);
            assertThat(Planning.fits(in)).as("%d devices, remembered", n).isEqualTo(fits);
            fit += fits ? 1 : 0;
        }
        assertThat(fit).as("sizes that fit").isBetween(1, 399);
    }

    @Test
    @DisplayName("data parallelism is no wider than a batch's sequences: on 100,000 devices a 5B model leaves some idle")
    void dataParallelismIsCappedByTheBatch() {
        Chip chip = new Chip(80e9);
        ParallelPlan plan = chip.speedup().estimate(input(chip, dense(5e9, 2e12), 100_000, 0)).plan().orElseThrow();
        assertThat((double) plan.data()).isLessThanOrEqualTo(4e6 / 4096);
        assertThat(plan.devicesUsed()).isLessThan(100_000).isEqualTo((long) plan.tensor() * plan.pipeline() * plan.data());
    }
}
