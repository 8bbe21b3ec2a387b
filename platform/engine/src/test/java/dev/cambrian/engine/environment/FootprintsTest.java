package dev.cambrian.engine.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.Contracts;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Profile;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.relative.ClassFigure;
import dev.cambrian.api.relative.Programme;
import dev.cambrian.api.relative.RelativeBackend;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.api.relative.TechnologySpec;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootprintsTest {
    static Estimate estimate(String id, Range facilityMwh, Range itMwhOrNull, List<HardwareLine> hardware) {
        Range facility = facilityMwh.times(Units.JOULES_PER_MWH);
        EnergyBases bases = itMwhOrNull == null ? EnergyBases.facilityOnly(facility)
                : new EnergyBases(facility, itMwhOrNull.times(Units.JOULES_PER_MWH), null, null);
        return new Estimate(new BackendInfo(id, id, Category.GPU, 9, "test", List.of("test " + id)),
                WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow()), "t", "current", Range.of(3600), facility,
                Range.of(1), hardware, Range.of(0), Range.of(1), null, List.of(), List.of(), 1, bases, null);
    }

    @Test
    void carbonAndWaterByHand() {
        Estimate e = estimate("gpu", Range.of(1), Range.of(0.8), List.of(new HardwareLine(Method.H100, Range.of(1), Range.of(1000))));
        Footprint f = Footprints.of(e, Method.environment(0.4));
        assertThat(f.operationalKgCo2e().nominal()).isCloseTo(1000 * 0.4, within(1e-9)); // 1,000 kWh x 0.4
        assertThat(f.embodiedKgCo2e().nominal()).isCloseTo(359.466 * 1000 / 43_800, within(1e-9));
        assertThat(f.onsiteWaterLitres().nominal()).isCloseTo(800 * 0.55, within(1e-9)); // IT energy x WUE
        assertThat(f.offsiteWaterLitres().nominal()).isCloseTo(1000 * 3.142, within(1e-9)); // facility energy x EWIF
        assertThat(f.totalKgCo2e().nominal()).isCloseTo(400 + 359.466 * 1000 / 43_800, within(1e-9));
        assertThat(f.notes()).isEmpty();
    }

    @Test
    void rangesComeFromTheMatchingCorners() {
        Estimate e = estimate("gpu", new Range(0.5, 1, 2), Range.of(0.8), List.of(new HardwareLine(Method.H100, Range.of(1),
                new Range(500, 1000, 2000))));
        Environment env = Method.environment(0.4).withGrid(new GridFactor("xx", "x", new Range(0.3, 0.4, 0.5), false, "t"));
        Footprint f = Footprints.of(e, env);
        assertThat(f.operationalKgCo2e().low()).isCloseTo(500 * 0.3, within(1e-9));
        assertThat(f.operationalKgCo2e().high()).isCloseTo(2000 * 0.5, within(1e-9));
        assertThat(f.embodiedKgCo2e().low()).isCloseTo((8.14 * 1.4 + 344) * 500 / 43_800, within(1e-9));
        assertThat(f.embodiedKgCo2e().high()).isCloseTo((8.14 * 2.6 + 344) * 2000 / 43_800, within(1e-9));
    }

    @Test
    void withoutAnItBasisOnsiteWaterIsCountedOnFacilityEnergyAndSaidSo() {
        Estimate e = estimate("photonic", Range.of(1), null, List.of(new HardwareLine("photonic chip", Range.of(10), Range.of(100))));
        Footprint f = Footprints.of(e, Method.environment(0.4));
        assertThat(f.onsiteWaterLitres().nominal()).isCloseTo(1000 * 0.55, within(1e-9));
        assertThat(f.notes()).singleElement().asString().contains("upper bound");
        assertThat(f.embodied().get(0).perDeviceKgCo2e()).isEqualTo(new Range(100, 400, 2000));
    }

    @Test
    void aMarketBasedZeroLeavesOnlyEmbodiedCarbon() {
        Estimate e = estimate("gpu", Range.of(1), Range.of(0.8), List.of(new HardwareLine(Method.H100, Range.of(1), Range.of(1000))));
        Footprint f = Footprints.of(e, Method.environment(0.4).withGrid(new GridFactor("xx", "x", Range.of(0), true, "mine")));
        assertThat(f.operationalKgCo2e().nominal()).isZero();
        assertThat(f.grid().basis()).isEqualTo("market-based");
        assertThat(f.totalKgCo2e().nominal()).isEqualTo(f.embodiedKgCo2e().nominal()).isPositive();
    }

    static ResolvedParameters declaring(Range kgPerDevice) {
        List<Parameter> declared = List.of(Parameter.uncertain(Contracts.EMBODIED_CARBON, "kgCO2e", kgPerDevice,
                "embodied carbon per device", "test source"));
        return new ResolvedParameters("photonic", new ParameterSpace(declared, List.of()), declared, "current", List.of(), List.of());
    }

    @Test
    void aBackendsDeclaredEmbodiedCarbonReplacesTheMethodForItsOwnDeviceOnly() {
        Estimate e = estimate("photonic", Range.of(1), null, List.of(new HardwareLine("photonic chip", Range.of(10), Range.of(100)),
                new HardwareLine(Method.H100, Range.of(1), Range.of(1000))));
        Footprint f = Footprints.of(e, Method.environment(0.4), declaring(new Range(50, 60, 90)), "photonic chip");
        assertThat(f.embodied().get(0).perDeviceKgCo2e()).isEqualTo(new Range(50, 60, 90));
        assertThat(f.embodied().get(0).source()).isEqualTo("test source");
        assertThat(f.embodied().get(0).runKgCo2e().nominal()).isCloseTo(60 * 100 / 43_800.0, within(1e-12));
        assertThat(f.embodied().get(0).runKgCo2e().high()).isCloseTo(90 * 100 / 43_800.0, within(1e-12)); // the declared high corner
        // the baseline's GPUs keep the method's figure
        assertThat(f.embodied().get(1).perDeviceKgCo2e()).isEqualTo(Footprints.of(e, Method.environment(0.4)).embodied().get(1)
                .perDeviceKgCo2e());
    }

    @Test
    void aCompoundChargesEachKindAsItsMembersEstimatesFoundIt() {
        Environment env = Method.environment(0.4);
        Estimate member = estimate("photonic", Range.of(1), null, List.of(new HardwareLine("photonic chip", Range.of(10), Range.of(100))));
        member = member.withFootprint(Footprints.of(member, env, declaring(Range.of(70)), "photonic chip"));
        List<HardwareLine> union = List.of(new HardwareLine("photonic chip", Range.of(10), Range.of(200)),
                new HardwareLine("analog chip", Range.of(5), Range.of(100)));
        Footprint f = Footprints.of(EnergyBases.facilityOnly(Range.of(2 * Units.JOULES_PER_MWH)), union, Footprints.perDevice(List.of(member)),
                env);
        assertThat(f.embodied().get(0).perDeviceKgCo2e()).isEqualTo(Range.of(70));
        assertThat(f.embodied().get(1).perDeviceKgCo2e()).isEqualTo(env.embodied().unknownDevice().value()); // no member found it
        assertThat(f.operationalKgCo2e().nominal()).isCloseTo(2000 * 0.4, within(1e-9));
        assertThat(f.embodiedKgCo2e().nominal()).isCloseTo((70 * 200 + 400 * 100) / 43_800.0, within(1e-9));
    }

    @Test
    void aMonteCarloSampleAtTheNominalPickEqualsTheEstimatesNominalFootprint() {
        Environment env = Method.environment(0.4);
        Estimate e = estimate("photonic", Range.of(3), null, List.of(new HardwareLine("photonic chip", Range.of(10), Range.of(100)),
                new HardwareLine(Method.H100, Range.of(1), Range.of(1000))));
        ResolvedParameters params = declaring(new Range(50, 60, 90));
        Footprint f = Footprints.of(e, env, params, "photonic chip");
        Map<String, double[]> hours = new LinkedHashMap<>();
        hours.put("photonic chip", new double[] {0, 100});
        hours.put(Method.H100, new double[] {0, 1000});
        double[][] columns = {{0, 60}};
        Footprints.ChunkFactors nominal = Footprints.ChunkFactors.nominal(env, 2);
        Footprints.Sampler.Chunk chunk = new Footprints.Sampler(env, params.space(), "photonic chip")
                .chunk(new ParameterBatch(params.space(), columns, 2, new boolean[] {true}), hours, nominal);
        double[] carbon = new double[2];
        double[] water = new double[2];
        chunk.fill(new double[] {Double.NaN, 3 * Units.JOULES_PER_MWH}, carbon, water, 2);
        assertThat(carbon[1]).isEqualTo(f.totalKgCo2e().nominal());
        assertThat(water[1]).isEqualTo(f.waterLitres().nominal());
        assertThat(carbon[0]).as("no valid energy, no footprint").isNaN();
        assertThat(water[0]).isNaN();
    }

    /** A relative-kit technology whose hand-written hardware model lists a host kind before its own device. */
    static final class HostFirst extends RelativeBackend {
        HostFirst() {
            super(new TechnologySpec(new BackendInfo("host-first", "host-first", Category.OTHER, 3, "test", List.of("test")),
                    "photonic chip", false, Map.of(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), Range.of(2), Range.of(2), "t")),
                    RelativeParameters.builder().headline(Range.of(2), Range.of(2), "t")
                            .classes(Map.of(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), Range.of(2), Range.of(2), "t")))
                            .units(Range.of(10), "t").unitPrice(Range.of(1000), "t").embodiedCarbon(new Range(50, 60, 90), "test source")
                            .premium(Range.of(0), "t").conversionOverhead(Range.of(0), "t").coolingOverhead(Range.of(0), "t").build(),
                    List.of(), List.of(new Profile("current", "c", Map.of(), "t")),
                    new Programme(List.of(new InvestmentLine("fab", Range.of(1e9), false, "t")), null,
                            List.of(new Programme.Step("build", 12)), "t"),
                    List.of()));
        }

        @Override
        public HardwareModel hardware() {
            return (in, time) -> new HardwareEstimate(List.of(new DeviceCount("host CPU", 2, 1000), new DeviceCount("photonic chip", 10, 100)),
                    0, 0, List.of(), List.of());
        }
    }

    @Test
    void theDeclaredEmbodiedCarbonGoesToTheBackendsOwnDeviceByNameNotToItsFirstKind() {
        HostFirst backend = new HostFirst();
        String own = OwnDevice.kindOrNull(backend);
        assertThat(own).isEqualTo("photonic chip");
        Environment env = Method.environment(0.4);
        Estimate e = estimate("host-first", Range.of(3), null, List.of(new HardwareLine("host CPU", Range.of(2), Range.of(1000)),
                new HardwareLine("photonic chip", Range.of(10), Range.of(100))));
        ResolvedParameters params = declaring(new Range(50, 60, 90));
        Footprint f = Footprints.of(e, env, params, own);
        assertThat(f.embodied().get(0).perDeviceKgCo2e()).isEqualTo(env.embodied().perDevice("host CPU").kgCo2e());
        assertThat(f.embodied().get(1).perDeviceKgCo2e()).isEqualTo(new Range(50, 60, 90));
        assertThat(f.embodied().get(1).source()).isEqualTo("test source");
        // a Monte Carlo sample at the nominal pick charges the same kinds the same figures, bit for bit
        Map<String, double[]> hours = new LinkedHashMap<>();
        hours.put("host CPU", new double[] {1000});
        hours.put("photonic chip", new double[] {100});
        Footprints.Sampler sampler = new Footprints.Sampler(env, params.space(), own);
        Footprints.Sampler.Chunk chunk = sampler.chunk(new ParameterBatch(params.space(), new double[][] {{60}}, 1, new boolean[] {true}),
                hours, Footprints.ChunkFactors.nominal(env, 1));
        double[] carbon = new double[1];
        chunk.fill(new double[] {3 * Units.JOULES_PER_MWH}, carbon, new double[1], 1);
        assertThat(carbon[0]).isEqualTo(f.totalKgCo2e().nominal());
        // and so does the nominal point the uncertainty view prints beside the percentiles
        TimeEstimate time = TimeEstimate.split(3600, e.workload().mix(), List.of(), List.of());
        PointResult nominal = new PointResult(time, EnergyEstimate.proportionalTo(time, 3 * Units.JOULES_PER_MWH, List.of(), List.of()),
                backend.hardware().estimate(null, time), null, null, 0);
        assertThat(sampler.atNominal(nominal, params.space().nominalValues())[0]).isEqualTo(f.totalKgCo2e().nominal());
    }

    @Test
    void aBackendWhoseOwnKindIsNotAmongItsHardwareHasNoLineChargedTheDeclaredFigure() {
        assertThat(OwnDevice.indexIn(List.of("host CPU", "photonic chip"), "photonic chip")).isEqualTo(1);
        assertThat(OwnDevice.indexIn(List.of("host CPU"), "photonic chip")).isEqualTo(-1);
        assertThat(OwnDevice.indexIn(List.of("host CPU", "photonic chip"), null)).isZero(); // outside the kits: the first, as the contract says
        assertThat(OwnDevice.indexIn(List.of(), null)).isEqualTo(-1);
    }
}
