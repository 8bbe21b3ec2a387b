package dev.cambrian.plugins.analog;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
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

/** The analog topology-optimization technology's numbers, each with its source. */
final class AnalogTopologySpec {
    static final String SEED_CURRENT = "grok2025althw 'Resources with Analog Computing and Topology Optimization'";
    static final String SEED_ENHANCED = "grok2025althw 'Enhancing Analog Computing with Topology Optimization'";
    static final String SEED_IN_HOUSE = "grok2025althw 'Costs & timeline based on in-house hardware production', 3. Analog Computing"
            + " with Topology Optimization";
    static final String SEED_METHOD = "grok2025althw 'Analog Computing with Topology Optimization'";

    private AnalogTopologySpec() {
    }

    static TechnologySpec create() {
        BackendInfo info = new BackendInfo("analog-topology", "Analog in-memory chips with topology optimization",
                Category.ANALOG_IN_MEMORY, 4,
                "Resistive-memory crossbars compute matrix products in place and are trained by pruning and reinstating"
                        + " connections of random stochastic weights instead of tuning them; 87-98% accuracy retention",
                List.of(SEED_CURRENT, SEED_ENHANCED, SEED_IN_HOUSE, SEED_METHOD,
                        "TRL 4: assumption: benchmark demonstrations (Fashion-MNIST, ImageNet; grok2025althw) in the lab, no"
                                + " training system at scale, on the NASA scale"));
        Map<OperationClass, ClassFigure> classes = new EnumMap<>(OperationClass.class);
        // Not declared, so left on the baseline: attention (assumption: weight-stationary crossbars hold
        // weights, not the activations attention multiplies together), element-wise and communication.
        classes.put(OperationClass.DENSE_MATMUL, new ClassFigure(Range.of(1), new Range(100, 300, 1000), new Range(100, 333, 1000),
                SEED_CURRENT + ": 100-1000x faster matrix work ('1000x throughput'), 100-1000x less energy (nominal 333x ="
                        + " 1 / (1 - 0.997), from 'up to 99.7% energy savings'); speedup nominal 300x: assumption, near the"
                        + " geometric mean (316x) of 100-1000x"));
        classes.put(OperationClass.OPTIMIZER, new ClassFigure(Range.of(1), Range.of(100), Range.of(100),
                SEED_METHOD + ": '99% reductions in programming operations', so 1 / (1 - 0.99) = 100x in time and energy:"
                        + " topology optimization prunes connections instead of updating every weight"));
        List<Parameter> common = RelativeParameters.builder()
                .headline(new Range(100, 300, 1000), new Range(100, 333, 1000), SEED_CURRENT + ": ~0.12-1.2 days (120 d /"
                        + " 1000 to 120 d / 100; nominal 300x (0.4 d): assumption, near the geometric mean of 100-1000x);"
                        + " ~1.5-15 GWh (100-1000x; nominal 333x = 1 / (1 - 0.997), 'up to 99.7% energy savings')")
                .classes(classes)
                .units(new Range(2_000, 6_000, 20_000), SEED_CURRENT + ": ~2,000-20,000 analog chips; nominal 6,000: assumption,"
                        + " near the geometric mean (6,325)")
                .unitPrice(Range.of(12_400), "implied by " + SEED_CURRENT + ": ~$75M (the middle of $50-100M) less ~$0.7M"
                        + " energy (4.5 GWh at $0.15/kWh), over 6,000 chips: $74.3M / 6,000 = $12,390, rounded to $12,400")
                .embodiedCarbon(new Range(150, 330, 700), "assumption, no published life-cycle figure for an analog"
                        + " in-memory accelerator: the method of faiz2024llmcarbon §3.5 on an assumed 100-800 mm2 die at 14-16 nm"
                        + " (0.9-1.6 kgCO2e/cm2, gupta2022act §4), 10-50 kg packaging and a 150-600 kg host share as for a GPU"
                        + " module gives ~160-660 kgCO2e (nominal 4 cm2 x 1.2 + 20 + 300 = ~330)")
                .premium(Range.of(0), "assumption: " + SEED_CURRENT + " names no separate premium ('custom but low-power');"
                        + " its $50-100M is taken to be all chips and energy")
                .conversionOverhead(new Range(0.1, 0.5, 2), "assumption: ADC/DAC conversion at the digital-analog boundary (the"
                        + " seed gives no figure); a tenth to twice the time on the chips, nominal half")
                .coolingOverhead(Range.of(0), "assumption: the seed names no cooling ('custom but low-power', " + SEED_CURRENT + ")")
                .build();
        List<Parameter> extra = List.of(
                // one value, not the seed's range: it feeds only the caveat, so sampling 87-98% moved no figure while
                // uncertainty listed it as sampled and ranked it for sensitivity (the caveat states the range)
                Parameter.fixed(AccuracyRetentionLimit.ACCURACY_RETENTION, "1", 0.925,
                        "share of the digital model's accuracy the analog-trained model retains (stated as a caveat, not"
                                + " costed, so not sampled)", SEED_CURRENT + ": '87-98% accuracy retention' (the middle)")
                        .withBounds(Bounds.fraction()));
        Map<String, Range> enhanced = new LinkedHashMap<>();
        // 120 days = 2,880 hours; / 1-6 hours: 480x to 2,880x, nominal 3 hours (assumption, inside 1-6 h) = 960x.
        enhanced.put(SPEEDUP, new Range(480, 960, 2880));
        // 1.5 TWh / 0.5-5 GWh: 300x to 3,000x; nominal 500x (3 GWh): assumption, inside the stated range (the
        // section's '200x efficiency gains' would give 7.5 GWh, outside its own 0.5-5 GWh).
        enhanced.put(ENERGY_REDUCTION, new Range(300, 500, 3000));
        // 500-2,000 chips, nominal the geometric mean (1,000).
        enhanced.put(UNITS, new Range(500, 1_000, 2_000));
        // ~$37.5M (the middle of $25-50M) less $0.45M energy (3 GWh at $0.15/kWh), over 1,000 chips = $37,050.
        enhanced.put(UNIT_PRICE, Range.of(37_000));
        List<Profile> profiles = List.of(
                new Profile("current", "grok2025althw's near-term analog topology-optimization figures", Map.of(), SEED_CURRENT),
                new Profile("enhanced", "Peking University analog matrix chips, Residual Learning, memory-switching geometric"
                        + " ratios, AI-assisted layout: 1-6 h (480-2,880x), 0.5-5 GWh (300-3,000x, nominal 500x by"
                        + " assumption), 500-2,000 chips, ~$25-50M (price implied by ~$37.5M less $0.45M energy over 1,000"
                        + " chips, rounded to $37,000)", enhanced, SEED_ENHANCED));
        Programme programme = new Programme(List.of(
                new InvestmentLine("R&D (topology/pruning algorithms, 14nm fabrication)", Range.of(2e8, 4e8), false, SEED_IN_HOUSE),
                new InvestmentLine("fab (hybrid analog-digital)", Range.of(1e9, 3e9), true, SEED_IN_HOUSE),
                new InvestmentLine("automation and energy", Range.of(5e7, 1e8), false, SEED_IN_HOUSE)),
                Range.of(25, 35),
                List.of(new Programme.Step("design (AI-assisted)", 18),
                        new Programme.Step("fab and prototyping", 18),
                        new Programme.Step("optimization", 4)),
                SEED_IN_HOUSE + ": $1.25-3.5B total (0.2 + 1 + 0.05 to 0.4 + 3 + 0.1), hero month 41");
        return new TechnologySpec(info, "analog chip", false, classes, common, extra, profiles, programme,
                List.of(new AccuracyRetentionLimit()));
    }
}
