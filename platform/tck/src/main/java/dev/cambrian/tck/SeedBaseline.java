package dev.cambrian.tck;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Economics;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;

/**
 * grok2025althw's Grok 5 baseline as stated ('Baseline for Grok 5'): ~120 days, ~1.5 TWh, ~200,000
 * H100-equivalents, hardware ~$600M and operations ~$200M, energy at $0.15/kWh. Relative plugins
 * check their seed tables against it without depending on the GPU plugin.
 */
public final class SeedBaseline {
    public static final double DAYS = 120;
    public static final double GWH = 1500;
    public static final double DEVICES = 200_000;
    public static final double HARDWARE_USD = 6e8;
    public static final double OPERATIONS_USD = 2e8;
    public static final Economics ECONOMICS = new Economics(0.15, 2026);

    private SeedBaseline() {
    }

    /**
     * The golden rule for a seed range: the nominal inside [low, high] with 10% slack, and the
     * computed range's ends within 10% of the seed's.
     */
    public static void assertInside(Range computed, double low, double high) {
        org.assertj.core.api.Assertions.assertThat(computed.nominal()).as("nominal").isBetween(low * 0.9, high * 1.1);
        org.assertj.core.api.Assertions.assertThat(computed.low()).as("low end")
                .isCloseTo(low, org.assertj.core.api.Assertions.within(low * 0.1));
        org.assertj.core.api.Assertions.assertThat(computed.high()).as("high end")
                .isCloseTo(high, org.assertj.core.api.Assertions.within(high * 0.1));
    }

    public static Workload grok5() {
        return WorkloadResolver.resolve(WorkloadCatalog.preset("grok-5").orElseThrow());
    }

    public static ReferenceRun reference(Workload workload) {
        double seconds = DAYS * Units.SECONDS_PER_DAY;
        TimeEstimate time = TimeEstimate.split(seconds, workload.mix(), List.of(), List.of());
        EnergyEstimate energy = EnergyEstimate.proportionalTo(time, GWH * Units.JOULES_PER_GWH, List.of(), List.of());
        double hours = DEVICES * Units.hours(seconds);
        HardwareEstimate hardware = new HardwareEstimate(List.of(new DeviceCount("H100-equivalent GPU", DEVICES, hours)),
                HARDWARE_USD, OPERATIONS_USD, List.of(), List.of());
        return new ReferenceRun("seed-000-baseline", time, energy, hardware);
    }

    /**
     * A backend on Grok 5 as the seed scenarios run it: the given profile, seed arithmetic on, the
     * seed's electricity price, against the seed's baseline.
     */
    public static Estimate estimate(HardwareBackend backend, String profile) {
        Scenario scenario = new Scenario("seed", "grok2025althw tables", "seed-000-baseline", ECONOMICS,
                Map.of(backend.info().id(), profile),
                Map.of(Scenario.ALL_BACKENDS, Map.of("seed-arithmetic", Range.of(1))), null, Map.of());
        Workload workload = grok5();
        return Estimator.estimate(backend, ParameterResolver.resolve(backend.info().id(), backend.parameters(), scenario),
                workload, ECONOMICS, reference(workload), scenario.name());
    }
}
