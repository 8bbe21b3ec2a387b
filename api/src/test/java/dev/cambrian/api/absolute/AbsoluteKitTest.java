package dev.cambrian.api.absolute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.Category;
import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.OperationMix;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.Workload;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbsoluteKitTest {
    private static final Workload DENSE_10B = new Workload("w", "10B dense", 1e10, 1e10, 2e11, 6 * 1e10 * 2e11, 1,
            Architecture.DENSE_TRANSFORMER, new OperationMix(Map.of(OperationClass.DENSE_MATMUL, 1.0)), "test");

    private static DeviceSpec.Builder device() {
        return DeviceSpec.builder("test-chip").names("Test chip cluster", "Test", "chip").category(Category.ACCELERATOR)
                .peak(Precision.BF16, 1e15, "test").peak(Precision.FP8, 2e15, "test").memory(80e9, "test")
                .scaleOut(50e9, "test").tdp(700, "test").allInPower(700, 1000, 1200, "test").rental(1, 2, 3, "test")
                .purchase(1, 2, 3, "test").firstAvailable(2020, 1, "test").runsPublished("test");
    }

    private static final class Chip extends AbsoluteBackend {
        Chip(DeviceSpec spec) {
            super(spec);
        }
    }

    private static ModelInput input(AbsoluteBackend b, Map<String, Double> set) {
        ParameterValues v = b.parameters().nominalValues();
        for (Map.Entry<String, Double> e : set.entrySet()) {
            v = v.with(e.getKey(), e.getValue());
        }
        return new ModelInput(DENSE_10B, v, new Economics(0.1, 2026), null);
    }

    @Test
    void aSpecWithoutABf16PeakSaysWhatIsMissing() {
        DeviceSpec.Builder b = DeviceSpec.builder("odd").names("Odd", "Odd", "odd").category(Category.ACCELERATOR)
                .peak(Precision.FP8, 1e15, "test").memory(1e9, "test").scaleOut(1e9, "test").tdp(100, "test")
                .allInPower(100, 100, 100, "test").rental(1, 1, 1, "test").purchase(1, 1, 1, "test")
                .firstAvailable(2020, 1, "test").runsPublished("test");
        assertThatThrownBy(b::build).hasMessageContaining("odd: peak(Precision.BF16, ...) is required");
    }

    @Test
    void aDeviceClusterOptsInToTheClusterLeversAndToTheMarginLeverOnlyWithAMargin() {
        assertThat(new Chip(device().build()).parameters().acceptedLevers())
                .containsExactlyInAnyOrderElementsOf(dev.cambrian.api.Contracts.DEVICE_CLUSTER_LEVERS);
        assertThat(new Chip(device().vendorMargin(0.65, "test").build()).parameters().acceptedLevers())
                .contains(dev.cambrian.api.Contracts.COMPETITIVE_ACCELERATORS);
    }

    @Test
    void allInPowerBelowTheDevicesOwnPowerIsRejected() {
        assertThatThrownBy(() -> device().allInPower(500, 1000, 1200, "test").build())
                .hasMessageContaining("all-in power (500.0 W low) cannot be below the device's TDP (700.0 W)");
    }

    @Test
    void timeIsComputeOverSustainedThroughputAndFp8UsesTheFp8Peak() {
        Chip chip = new Chip(device().build());
        Map<String, Double> fixed = Map.of(AbsoluteParameters.UTILIZATION, 0.5, AbsoluteParameters.DEVICES, 100.0,
                AbsoluteParameters.FAILURES, 0.0, AbsoluteParameters.SEQUENTIAL, 0.0);
        double bf16 = chip.speedup().estimate(input(chip, fixed)).trainingSeconds();
        assertThat(bf16).isCloseTo(DENSE_10B.trainingFlop() / (100 * 1e15 * 0.5), within(1e-6));
        Map<String, Double> fp8 = new java.util.HashMap<>(fixed);
        fp8.put(AbsoluteParameters.PRECISION, 8.0);
        assertThat(chip.speedup().estimate(input(chip, fp8)).trainingSeconds()).isCloseTo(bf16 / 2, within(1e-6));
    }

    @Test
    void precisionBitsTakesTheBitsOfANumberFormatOnly() {
        Parameter bits = new Chip(device().build()).parameters().parameter(AbsoluteParameters.PRECISION).orElseThrow();
        assertThat(bits.bounds().contains(16)).isTrue();
        assertThat(bits.bounds().contains(3)).as("no number format has 3 bits: the user's value, refused before any model runs")
                .isFalse();
        assertThat(bits.bounds().describe()).isEqualTo("one of 4, 8, 16 or 32");
    }

    @Test
    void aPrecisionTheDeviceLacksHasNoValidAnswer() {
        Chip chip = new Chip(device().build());
        assertThatThrownBy(() -> chip.speedup().estimate(input(chip, Map.of(AbsoluteParameters.PRECISION, 4.0))))
                .isInstanceOf(InfeasibleException.class).hasMessageContaining("chip has no published FP4 peak");
    }

    @Test
    void theFittedUtilizationIsTheReferenceForTheReferenceRun() {
        Utilization.Coefficients c = new Utilization.Coefficients(0.3, 0.1, 0.07, 0.5, 0.6, 0.9, 0.8);
        Utilization.Features reference = new Utilization.Features(1e10, 1_000, 5e-5, false, Precision.BF16, 3);
        assertThat(Utilization.predict(reference, c)).isCloseTo(0.3, within(1e-12));
        Utilization.Features moeNewFp8 = new Utilization.Features(1e10, 1_000, 5e-5, true, Precision.FP8, 0);
        assertThat(Utilization.predict(moeNewFp8, c)).isCloseTo(0.3 * 0.6 * 0.9 * 0.8, within(1e-12));
        Utilization.Features bigger = new Utilization.Features(1e11, 10_000, 1e-4, false, Precision.BF16, 0.5);
        assertThat(Utilization.predict(bigger, c)).isCloseTo(0.3 * Math.pow(10, 0.1) * Math.pow(10, -0.07) * Math.pow(2, 0.5)
                * Math.pow(0.8, 0.5), within(1e-12));
    }

    @Test
    void theModelsUtilizationIsUsedUnlessTheScenarioSetsOne() {
        Chip chip = new Chip(device().build());
        Map<String, Double> noFailures = Map.of(AbsoluteParameters.DEVICES, 1_000.0, AbsoluteParameters.FAILURES, 0.0,
                AbsoluteParameters.SEQUENTIAL, 0.0);
        double seconds = chip.speedup().estimate(input(chip, noFailures)).trainingSeconds();
        double mfu = DENSE_10B.trainingFlop() / (1_000 * 1e15 * seconds);
        Utilization.Features f = Utilization.Features.of(DENSE_10B, 1_000, 50e9 / 1e15, Precision.BF16, 2026, 2020);
        assertThat(mfu).isCloseTo(Utilization.predict(f, ShippedFit.COEFFICIENTS), within(1e-9));
    }

    @Test
    void aDeviceWithoutPublishedRunsHasAWiderResidualRange() {
        DeviceSpec unproven = device().noPublishedRun("none").build();
        var proven = new Chip(device().build()).parameters().parameter(AbsoluteParameters.MFU_RESIDUAL).orElseThrow();
        var wide = new Chip(unproven).parameters().parameter(AbsoluteParameters.MFU_RESIDUAL).orElseThrow();
        assertThat(wide.range().low()).isLessThan(proven.range().low());
        assertThat(wide.range().high()).isGreaterThan(proven.range().high());
        assertThat(wide.source()).contains("widened").contains("none");
    }

    @Test
    void aBatchWhoseClusterSizeVariesAcrossWhatFitsInMemoryGivesTheScalarTimesBitForBit() {
        // 4 GB a device cannot hold 10B parameters' training state on a few devices, and the vendor builds at most 400:
        // sizes drawn from 2 to 600 cross both limits, and failures and the sequential fraction vary with them
        Chip chip = new Chip(device().memory(4e9, "test").defaultDevices(300, "test").maxDevices(400, "test").build());
        double[] sizes = new java.util.SplittableRandom(7).ints(500, 2, 601).asDoubleStream().toArray();
        sizes[0] = 2; // the first sample cannot run: the others are still answered one by one
        double[] seconds = batchAgreesWithScalar(chip, sizes, false);
        assertThat(seconds[0]).isNaN();
        int withinLimit = 0;
        int shortOfMemory = 0;
        for (int i = 0; i < sizes.length; i++) {
            withinLimit += sizes[i] <= 400 ? 1 : 0;
            shortOfMemory += sizes[i] <= 400 && Double.isNaN(seconds[i]) ? 1 : 0;
        }
        assertThat(withinLimit).as("samples within the vendor's limit").isBetween(125, 375);
        assertThat(shortOfMemory).as("samples within the limit but short of memory").isBetween(1, withinLimit - 1);
    }

    @Test
    void aBatchWhoseClusterSizeVariesAcrossTheFittedRunsDomainGivesTheScalarTimes() {
        // from 4 to 40,000 devices: below and above the devices the utilization fit saw (clamped there), the first sample
        // the smallest
        double[] sizes = new java.util.SplittableRandom(11).doubles(500, Math.log(4), Math.log(40_000)).map(Math::exp)
                .map(Math::rint).toArray();
        sizes[0] = 4;
        double[] seconds = batchAgreesWithScalar(new Chip(device().build()), sizes, false);
        long below = 0;
        long above = 0;
        for (int i = 0; i < sizes.length; i++) {
            below += sizes[i] < ShippedFit.DOMAIN.minDevices() && !Double.isNaN(seconds[i]) ? 1 : 0;
            above += sizes[i] > ShippedFit.DOMAIN.maxDevices() && !Double.isNaN(seconds[i]) ? 1 : 0;
        }
        assertThat(below).as("answers below the fit's devices").isPositive();
        assertThat(above).as("answers above them").isPositive();
    }

    @Test
    void aBatchWhoseClusterSizeVariesWithCheckpointsOfAllMemoryGivesTheScalarTimes() {
        // the checkpoint then holds every device's memory, so it grows with the count, and so does the time lost to it
        double[] sizes = new java.util.SplittableRandom(13).ints(500, 4, 2_001).asDoubleStream().toArray();
        double[] seconds = batchAgreesWithScalar(new Chip(device().build()), sizes, true);
        assertThat(Arrays.stream(seconds).filter(t -> !Double.isNaN(t)).count()).as("answers").isGreaterThan(250);
    }

    /**
     * Times of a batch of the chip on these device counts (failures on, the sequential fraction and the device MTBF
     * drawn too), each equal bit for bit to the scalar path's, NaN where it throws; the batch keeps the per-sample path.
     */
    private static double[] batchAgreesWithScalar(Chip chip, double[] sizes, boolean checkpointAllMemory) {
        ParameterValues nominal = input(chip, Map.of()).parameters();
        ParameterSpace space = nominal.space();
        int size = sizes.length;
        double[][] columns = new double[space.size()][size];
        boolean[] varies = new boolean[space.size()];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(size);
        for (int k = 0; k < space.size(); k++) {
            Arrays.fill(columns[k], nominal.get(k));
        }
        int devices = space.indexOf(AbsoluteParameters.DEVICES);
        int sequential = space.indexOf(AbsoluteParameters.SEQUENTIAL);
        int mtbf = space.indexOf(AbsoluteParameters.DEVICE_MTBF);
        varies[devices] = varies[sequential] = varies[mtbf] = true;
        columns[devices] = sizes.clone();
        for (int i = 0; i < size; i++) {
            columns[sequential][i] = rng.nextDouble() * 0.01;
            columns[mtbf][i] = 1_000 + rng.nextDouble() * 50_000;
        }
        Arrays.fill(columns[space.indexOf(AbsoluteParameters.FAILURES)], 1);
        Arrays.fill(columns[space.indexOf(AbsoluteParameters.CKPT_ALL_MEMORY)], checkpointAllMemory ? 1 : 0);
        ParameterBatch batch = new ParameterBatch(space, columns, size, varies);
        assertThat(AbsoluteTimeBatch.eligible(batch)).as("a varying device count keeps the per-sample path").isTrue();

        double[] seconds = new double[size];
        chip.speedup().trainingSeconds(new ModelBatch(input(chip, Map.of()), batch, chip.speedup(), null), seconds);
        for (int i = 0; i < size; i++) {
            ModelInput in = new ModelInput(DENSE_10B, batch.sample(i), new Economics(0.1, 2026), null);
            double scalar;
            try {
                scalar = chip.speedup().estimate(in).trainingSeconds();
            } catch (InfeasibleException e) {
                scalar = Double.NaN;
            }
            assertThat(Double.doubleToRawLongBits(seconds[i])).as("sample %d, %s devices", i, sizes[i])
                    .isEqualTo(Double.doubleToRawLongBits(scalar));
        }
        return seconds;
    }
}
