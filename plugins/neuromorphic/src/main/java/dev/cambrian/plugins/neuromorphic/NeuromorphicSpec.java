package dev.cambrian.plugins.neuromorphic;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.Contracts;
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

/** The neuromorphic technology's numbers, each with its source. */
final class NeuromorphicSpec {
    static final String SEED_CURRENT = "grok2025althw 'Resources with Neuromorphic Computing'";
    static final String SEED_ENHANCED = "grok2025althw 'Enhancing Neuromorphic Computing'";
    static final String SEED_IN_HOUSE = "grok2025althw 'Costs & timeline based on in-house hardware production', 2. Neuromorphic";
    static final String ENERGY_EFFICIENCY = Contracts.ENERGY_EFFICIENCY;

    private NeuromorphicSpec() {
    }

    static TechnologySpec create() {
        BackendInfo info = new BackendInfo("neuromorphic", "Neuromorphic chips (spiking, in-memory compute)", Category.NEUROMORPHIC, 5,
                "Brain-inspired chips with integrated memory and processing take over the matrix and element-wise work of"
                        + " spiking networks; attention, the optimizer and communication stay on GPUs ('hybrid with GPUs for"
                        + " non-spiking parts')",
                List.of(SEED_CURRENT, SEED_ENHANCED, SEED_IN_HOUSE,
                        "grok2025althw 'Neuromorphic Computing' (memristor arrays for vector-matrix multiplication)",
                        "TRL 5: assumption: Loihi 2 / Hala Point research systems (grok2025althw) run as validated systems but"
                                + " not at training scale, on the NASA scale"));
        Map<OperationClass, ClassFigure> classes = new EnumMap<>(OperationClass.class);
        // Not declared, so left on the baseline: attention, optimizer and communication
        // (grok2025althw 'Resources with Neuromorphic Computing': "hybrid with GPUs for non-spiking parts").
        String spiking = SEED_CURRENT + ": '5-10x speedups via in-memory computing and spiking networks' (nominal 7.5x, the"
                + " middle), '100-1000x energy efficiency', nominal '312x energy gains over GPUs'";
        classes.put(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), new Range(5, 7.5, 10), new Range(100, 312, 1000),
                spiking + "; memristor arrays for vector-matrix multiplication (grok2025althw 'Neuromorphic Computing')"));
        classes.put(OperationClass.ELEMENTWISE, new ClassFigure(Range.of(1), new Range(5, 7.5, 10), new Range(100, 312, 1000),
                spiking + "; neuron nonlinearities are the spiking units' adaptive thresholds, on chip"));
        List<Parameter> common = RelativeParameters.builder()
                .headline(new Range(5, 7.5, 10), new Range(100, 312, 1000), SEED_CURRENT + ": ~12-24 days (120 d / 10 to"
                        + " 120 d / 5; nominal 16 d = 120 d / 7.5, the middle of '5-10x speedups'); ~1.5-15 GWh ('100-1000x"
                        + " energy efficiency'; nominal '312x energy gains over GPUs')")
                .classes(classes)
                .units(Range.of(20_000), SEED_CURRENT + ": ~20,000 neuromorphic chips")
                .unitPrice(new Range(5_000, 7_500, 10_000), "implied by " + SEED_CURRENT + ": ~$100-200M over 20,000 chips"
                        + " ($100M / 20,000 = $5,000 to $200M / 20,000 = $10,000; nominal $150M / 20,000 = $7,500); energy"
                        + " ($0.2-2.3M at 1.5-15 GWh and $0.15/kWh) is left inside the seed's rounding")
                .embodiedCarbon(new Range(3, 10, 50), "assumption after intel2021loihi2 and intel2024halapoint: a Loihi 2"
                        + " die is 31 mm2 on Intel 4 (0.31 cm2 x 1.2-2.2 kgCO2e/cm2, gupta2022act §4: under 1 kg), Hala Point"
                        + " holds 1,152 of them in one chassis, so board, chassis and host (1.2-4.8 t per server, the host"
                        + " factor of docs/environment.md) add ~2-10 kg per chip; high end 50 for larger neuromorphic dies")
                .premium(Range.of(0), "assumption: " + SEED_CURRENT + " names no separate premium; its 'integration costs'"
                        + " are taken to be inside the $100-200M chip figure")
                .conversionOverhead(new Range(0, 0.1, 0.5), "assumption: spike encoding and decoding at the digital boundary"
                        + " (the seed gives no figure); 0 to half the time on the chips, nominal a tenth")
                .coolingOverhead(Range.of(0), "assumption: the seed names no cooling; neuromorphic chips draw milliwatts to"
                        + " watts (Akida 2.0 at 500 mW, " + SEED_ENHANCED + ")")
                .build();
        List<Parameter> extra = List.of(
                Parameter.fixed(ENERGY_EFFICIENCY, "GOp/s/W", 847, "operations per second per watt on the neuromorphic chips",
                        SEED_CURRENT + ": '847 GOp/s/W'"));
        Map<String, Range> enhanced = new LinkedHashMap<>();
        // 120 days / 6-12 days: 10x to 20x, nominal 120 / 9 days (the middle) = 13.3x.
        enhanced.put(SPEEDUP, new Range(10, 13.3, 20));
        // 1.5 TWh / 0.5-5 GWh: 300x to 3,000x, nominal the seed's '500x savings from Akida/Loihi' (3 GWh).
        enhanced.put(ENERGY_REDUCTION, new Range(300, 500, 3000));
        // 5,000-10,000 chips, nominal the middle.
        enhanced.put(UNITS, new Range(5_000, 7_500, 10_000));
        // $50M / 5,000 = $100M / 10,000 = $10,000 per chip.
        enhanced.put(UNIT_PRICE, Range.of(10_000));
        List<Profile> profiles = List.of(
                new Profile("current", "grok2025althw's near-term neuromorphic figures", Map.of(), SEED_CURRENT),
                new Profile("enhanced", "Loihi 3, Akida 2.0, molecular devices: 6-12 days (10-20x), 0.5-5 GWh (300-3,000x,"
                        + " nominal '500x savings from Akida/Loihi'), 5,000-10,000 chips, ~$50-100M (price implied by $50M"
                        + " over 5,000 chips = $100M over 10,000 chips = $10,000)", enhanced, SEED_ENHANCED));
        Programme programme = new Programme(List.of(
                new InvestmentLine("R&D (neuron/synapse density, on-chip learning)", Range.of(3e8, 6e8), false, SEED_IN_HOUSE),
                new InvestmentLine("fab (4nm nodes, BEOL integration)", Range.of(2e9, 5e9), true, SEED_IN_HOUSE),
                new InvestmentLine("talent and infrastructure", Range.of(1e8, 2e8), false, SEED_IN_HOUSE)),
                Range.of(20, 40),
                List.of(new Programme.Step("R&D and prototyping", 24),
                        new Programme.Step("fab build and scaling", 24),
                        new Programme.Step("hybrid integration", 6)),
                SEED_IN_HOUSE + ": $2.4-5.8B total (0.3 + 2 + 0.1 to 0.6 + 5 + 0.2), hero month 55");
        return new TechnologySpec(info, "neuromorphic chip", false, classes, common, extra, profiles, programme, List.of());
    }
}
