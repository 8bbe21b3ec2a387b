package dev.cambrian.plugins.photonic;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.Contracts;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.relative.ClassFigure;
import dev.cambrian.api.relative.Programme;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.api.relative.TechnologySpec;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The photonic technology's numbers, each with its source. */
final class PhotonicSpec {
    static final String SEED_CURRENT = "grok2025althw 'Resources with Photonic Computing'";
    static final String SEED_ENHANCED = "grok2025althw 'Enhancing Photonic Computing'";
    static final String SEED_IN_HOUSE = "grok2025althw 'Costs & timeline based on in-house hardware production', 1. Photonic";
    static final String DEVICE_POWER = Contracts.DEVICE_POWER;
    static final String DEVICE_OPS = Contracts.DEVICE_PEAK_OPS;

    private PhotonicSpec() {
    }

    static TechnologySpec create() {
        BackendInfo info = new BackendInfo("photonic", "Photonic accelerators (optical matrix engines)", Category.PHOTONIC, 4,
                "Optical matrix multiplication replacing most GPU compute; trained with direct feedback alignment today",
                List.of(SEED_CURRENT, SEED_ENHANCED, SEED_IN_HOUSE, "photonic2025opu (30 W OPU at 1,500 TOPS; DFA; I/O bottleneck)",
                        "TRL 4 (lab demonstrations of optical training, grok2025althw and photonic2025opu): assumption on the NASA scale"));
        Map<OperationClass, ClassFigure> classes = new EnumMap<>(OperationClass.class);
        String compute = SEED_CURRENT + ": 100x speedup and energy on core matrix ops; 'replaces 80% of GPU compute'";
        classes.put(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(0.8), Range.of(100), Range.of(100), compute));
        classes.put(OperationClass.ATTENTION, new ClassFigure(Range.of(0.8), Range.of(100), Range.of(100), compute));
        classes.put(OperationClass.ELEMENTWISE, new ClassFigure(Range.of(0.8), Range.of(100), Range.of(100),
                compute + "; nonlinear functions by pump-signal modulation (grok2025althw 'Photonic (Light-Based) Computing')"));
        List<Parameter> common = RelativeParameters.builder()
                .headline(Range.of(100), Range.of(100), SEED_CURRENT + ": ~1.2 days (100x), ~15 GWh (100x)")
                .classes(classes)
                .units(Range.of(2000), SEED_CURRENT + ": ~2,000 photonic chips")
                .unitPrice(Range.of(23_875), "implied by " + SEED_CURRENT + ": ~$100M total less the ~$50M fab premium and"
                        + " ~$2.25M energy (15 GWh at $0.15/kWh), over 2,000 chips")
                .embodiedCarbon(new Range(150, 330, 1_000), "assumption, no published life-cycle figure for a photonic"
                        + " accelerator: the method of faiz2024llmcarbon §3.5 on an assumed 200-800 mm2 die at 16-7 nm"
                        + " (0.9-2.2 kgCO2e/cm2, gupta2022act §4), 10-50 kg packaging and a 150-600 kg host share as for a GPU"
                        + " module gives ~160-670 kgCO2e (nominal 4 cm2 x 1.2 + 20 + 300 = ~330); high end widened to 1,000"
                        + " for lasers and optics the method does not cover")
                .premium(Range.of(50e6), SEED_CURRENT + ": custom fab ~$50M premium")
                .conversionOverhead(new Range(0.1, 1.0, 5.0), "photonic2025opu: electronic-optical I/O (DAC to SLM, camera to ADC)"
                        + " 'offsets part of the gain', no figure given; assumption: I/O takes as long as the optical compute"
                        + " (0.1x to 5x)")
                .coolingOverhead(Range.of(0), SEED_CURRENT + ": 'minimal heat'")
                .build();
        List<Parameter> extra = List.of(
                new Parameter(DfaLimit.DFA_ONLY, "switch", Range.of(1), Distribution.FIXED, true,
                        "1: training by direct feedback alignment only (no attention)", "photonic2025opu (DFA: MLPs and CNNs, not yet"
                        + " transformers)"),
                Parameter.fixed(DEVICE_POWER, "W", 30, "power per optical processing unit", "photonic2025opu: 'drawing under 30 watts'"),
                Parameter.fixed(DEVICE_OPS, "op/s", 1.5e15, "peak operations per second per optical processing unit",
                        "photonic2025opu: 1,500 TOPS"));
        Map<String, Range> enhanced = new LinkedHashMap<>();
        // 120 days / 6-12 hours; 1.5 TWh / 1-5 GWh.
        enhanced.put(SPEEDUP, new Range(240, 320, 480));
        enhanced.put(ENERGY_REDUCTION, new Range(300, 500, 1500));
        enhanced.put(UNITS, new Range(500, 750, 1000));
        enhanced.put(PREMIUM, Range.of(0));
        enhanced.put(UNIT_PRICE, Range.of(66_000));
        enhanced.put(DfaLimit.DFA_ONLY, Range.of(0));
        List<Profile> profiles = List.of(
                new Profile("current", "grok2025althw's near-term photonic figures", Map.of(), SEED_CURRENT),
                new Profile("enhanced", "POMMM, LightGen and 3D photonic-electronic platforms: 6-12 h, 1-5 GWh, 500-1,000"
                        + " chips, ~$50M (price implied by $50M over 750 chips with no fab premium; LightGen trains"
                        + " generative models optically, so no DFA-only limit)", enhanced, SEED_ENHANCED));
        Programme programme = new Programme(List.of(
                new InvestmentLine("R&D and design", Range.of(5e8, 1e9), false, SEED_IN_HOUSE),
                new InvestmentLine("specialized fab (silicon photonics on existing semiconductor lines)", Range.of(5e9, 1e10), true,
                        SEED_IN_HOUSE),
                new InvestmentLine("integration and energy setup", Range.of(1e8, 2e8), false, SEED_IN_HOUSE)),
                Range.of(50, 100),
                List.of(new Programme.Step("R&D and design (AI-accelerated)", 18),
                        new Programme.Step("fab construction and prototyping", 18),
                        new Programme.Step("integration and scaling", 6)),
                SEED_IN_HOUSE);
        return new TechnologySpec(info, "photonic chip", false, classes, common, extra, profiles, programme,
                List.of(new DfaLimit()));
    }
}
