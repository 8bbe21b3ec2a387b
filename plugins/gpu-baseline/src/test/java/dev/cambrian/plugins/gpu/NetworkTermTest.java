package dev.cambrian.plugins.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.Map;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * docs/models.md §2: the utilization model's network term is scale-out bandwidth over BF16 peak (H100 datasheet: 50 GB/s
 * over 989 TFLOP/s). A user's new peak or bandwidth moves it; before, it stayed at the datasheet's ratio.
 */
class NetworkTermTest {
    private static final Economics ECONOMICS = new Economics(0.081, 2026);
    private final HardwareBackend h100 = new GpuH100Backend();
    private final Workload gpt3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());

    private ResolvedParameters resolve(Map<String, Range> values) {
        Scenario scenario = new Scenario("network", "test", "gpu-h100", ECONOMICS, Map.of("gpu-h100", Profile.CURRENT),
                Map.of("gpu-h100", values), null, Map.of());
        return ParameterResolver.resolve("gpu-h100", h100.parameters(), scenario);
    }

    private double network(ResolvedParameters p) {
        return p.nominal().get(AbsoluteParameters.NETWORK_BYTES_PER_FLOP);
    }

    private double seconds(ResolvedParameters p) {
        return h100.speedup().estimate(new ModelInput(gpt3, p.nominal(), ECONOMICS, null)).trainingSeconds();
    }

    @Test
    void aNewPeakOrBandwidthMovesTheNetworkTerm() {
        ResolvedParameters datasheet = resolve(Map.of());
        double b = network(datasheet);
        double peak = datasheet.nominal().get(AbsoluteParameters.PEAK);
        double bandwidth = datasheet.nominal().get(AbsoluteParameters.SCALE_OUT_BANDWIDTH);
        assertThat(b).isCloseTo(bandwidth / peak, Percentage.withPercentage(1e-9));

        ResolvedParameters doubled = resolve(Map.of(AbsoluteParameters.PEAK, Range.of(2 * peak)));
        assertThat(network(doubled)).isCloseTo(b / 2, Percentage.withPercentage(1e-9));
        // twice the peak at half the bytes per FLOP: MFU x 0.5^0.4667 (the fitted network exponent), so not half the time
        double ratio = seconds(doubled) / seconds(datasheet);
        assertThat(ratio).isGreaterThan(0.6).isLessThan(0.75);

        ResolvedParameters halfNetwork = resolve(Map.of(AbsoluteParameters.SCALE_OUT_BANDWIDTH, Range.of(bandwidth / 2)));
        assertThat(network(halfNetwork)).isCloseTo(b / 2, Percentage.withPercentage(1e-9));
        assertThat(seconds(halfNetwork)).isGreaterThan(seconds(datasheet) * 1.3);
        assertThat(halfNetwork.assumptions()).anyMatch(a -> a.parameter().equals(AbsoluteParameters.NETWORK_BYTES_PER_FLOP));
    }

    @Test
    void aNetworkTermTheUserGivesIsKept() {
        ResolvedParameters datasheet = resolve(Map.of());
        double peak = datasheet.nominal().get(AbsoluteParameters.PEAK);
        ResolvedParameters both = resolve(Map.of(AbsoluteParameters.PEAK, Range.of(2 * peak),
                AbsoluteParameters.NETWORK_BYTES_PER_FLOP, Range.of(network(datasheet))));
        assertThat(network(both)).isEqualTo(network(datasheet));
        assertThat(seconds(both) / seconds(datasheet)).isCloseTo(0.5, Percentage.withPercentage(1));
    }

    @Test
    void aValueThousandsOfTimesItsDefaultIsNotedWithItsUnit() {
        // the H100's 989 TFLOP/s typed as 989: a unit slip, used as given but said
        ResolvedParameters slip = resolve(Map.of(AbsoluteParameters.PEAK, Range.of(989)));
        assertThat(slip.notes()).anySatisfy(n -> assertThat(n).contains("gpu-h100." + AbsoluteParameters.PEAK + " = 989 FLOP/s is"
                + " 1/1.00e+12 of its default 9.894e+14 FLOP/s").endsWith("used as given, but check its unit"));
        assertThat(resolve(Map.of(AbsoluteParameters.PEAK, Range.of(1e300))).notes())
                .anySatisfy(n -> assertThat(n).contains("is 1.01e+285 times its default"));
        // a hundredfold is a decision, not a slip; and device counts move by orders of magnitude on purpose
        assertThat(resolve(Map.of(AbsoluteParameters.PEAK, Range.of(9.89e16))).notes()).isEmpty();
        assertThat(resolve(Map.of(AbsoluteParameters.DEVICES, Range.of(8))).notes()).isEmpty();
    }
}
