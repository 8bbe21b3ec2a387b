package dev.cambrian.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.environment.DeviceMaterials;
import dev.cambrian.engine.environment.EmbodiedMethod;
import dev.cambrian.engine.environment.EnergyBases;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Factor;
import dev.cambrian.engine.environment.Footprints;
import dev.cambrian.engine.environment.GridFactor;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbodiedCarbonCheckTest {
    private static Factor point(String name, double v) {
        return new Factor(name, "u", Range.of(v), "test");
    }

    /** Every device 1,000 kgCO2e, a one-year life (8,760 h): a device-hour costs 1000/8760 kg. */
    private static Environment environment(double kgPerKwh) {
        EmbodiedMethod m = new EmbodiedMethod(Map.of("gpu", new DeviceMaterials("gpu", "5nm", Range.of(0), 0, "t")),
                Map.of("5nm", point("cpa", 1)), point("memory", 0), point("packaging", 0), point("host", 1000),
                point("unknown-device", 1000), point("lifetime", 1));
        return new Environment(new GridFactor("x", "Test grid", Range.of(kgPerKwh), false, "t"), point("off", 0), point("wue", 0), m);
    }

    private static Estimate estimate(String id, double mwh, double deviceHours, Environment env) {
        Range joules = Range.of(mwh * Units.JOULES_PER_MWH);
        Estimate e = new Estimate(new BackendInfo(id, id, Category.OTHER, 4, "t", List.of("claim of " + id)),
                WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow()), "t", "current", Range.of(1), joules,
                Range.of(1), List.of(new HardwareLine("gpu", Range.of(1), Range.of(deviceHours))), Range.of(0), Range.of(1), null,
                List.of(), List.of(), 1, EnergyBases.facilityOnly(joules), null);
        return e.withFootprint(Footprints.of(e, env));
    }

    @Test
    void anEnergySavingThatExtraEmbodiedCarbonCancelsIsAFinding() {
        Environment env = environment(0.1); // 100 kg per MWh
        Estimate baseline = estimate("gpu", 10, 8760, env); // 1,000 kg operational + 1,000 kg embodied
        Estimate candidate = estimate("photonic", 5, 3 * 8760, env); // saves 500 kg operational, adds 2,000 kg embodied
        Optional<Finding> f = EmbodiedCarbonCheck.check(candidate, baseline);
        assertThat(f).isPresent();
        assertThat(f.get().check()).isEqualTo(EmbodiedCarbonCheck.CHECK);
        assertThat(f.get().severity()).isEqualTo(Severity.HIGH); // 2,000 / 500 = x4
        assertThat(f.get().claim()).contains("50% less energy than gpu");
    }

    @Test
    void aSavingLargerThanTheExtraEmbodiedCarbonIsNot() {
        Environment env = environment(0.5);
        Estimate baseline = estimate("gpu", 10, 8760, env);
        Estimate candidate = estimate("photonic", 5, 2 * 8760, env); // saves 2,500 kg, adds 1,000 kg
        assertThat(EmbodiedCarbonCheck.check(candidate, baseline)).isEmpty();
    }

    @Test
    void underAZeroMarketFactorAnyExtraEmbodiedCarbonCancelsTheSaving() {
        Environment env = environment(0);
        Optional<Finding> f = EmbodiedCarbonCheck.check(estimate("photonic", 5, 1.1 * 8760, env), estimate("gpu", 10, 8760, env));
        assertThat(f).isPresent();
        assertThat(f.get().severity()).isEqualTo(Severity.HIGH);
    }
}
