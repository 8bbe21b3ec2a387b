package dev.cambrian.plugins.probabilistic;

import static dev.cambrian.api.relative.RelativeParameters.*;

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

/** The probability-based training method's numbers, each with its source. */
final class ProbabilisticTrainingSpec {
    static final String SEED_CURRENT = "grok2025althw 'Resources with Probability-Based Training Methods'";
    static final String SEED_ENHANCED = "grok2025althw 'Enhancing Probability-Based Training Methods'";
    static final String SEED_IN_HOUSE = "grok2025althw 'Costs & timeline based on in-house hardware production',"
            + " 6. Probability-Based Training Methods";
    static final String SEED_BASELINE = "grok2025althw 'Baseline for Grok 5 Training'";

    private ProbabilisticTrainingSpec() {
    }

    static TechnologySpec create() {
        BackendInfo info = new BackendInfo("probabilistic-training", "Probability-based training methods",
                Category.ALGORITHMIC, 4,
                "Probabilistic targeting of critical data points instead of iterative parameter adjustment: fewer"
                        + " iterations on the baseline's own GPUs, most of which stay idle",
                List.of(SEED_CURRENT, SEED_ENHANCED, SEED_IN_HOUSE, "grok2025althw 'Algorithmic and Methodological Advances'"
                                + " (Probability-Based Training Methods: 100x faster, comparable accuracy)",
                        "TRL 4 (method validated on dynamic-system models, grok2025althw 'TUM method'; not yet on a frontier"
                                + " model): assumption on the NASA scale"));
        Map<OperationClass, ClassFigure> classes = new EnumMap<>(OperationClass.class);
        String fewer = SEED_CURRENT + ": '100x faster iterations', '100x reduction in computations'; an algorithm, so"
                + " every operation class runs 100x fewer iterations";
        for (OperationClass c : OperationClass.values()) {
            classes.put(c, new ClassFigure(Range.of(1), Range.of(100), Range.of(100), fewer));
        }
        List<Parameter> common = RelativeParameters.builder()
                .headline(Range.of(100), Range.of(100), SEED_CURRENT + ": ~1.2 days (120 days / 100), ~15 GWh (1.5 TWh / 100)")
                .classes(classes)
                .premium(Range.of(97.7e6), "implied by " + SEED_CURRENT + ": the seed's ~$100M less ~2,000 effective GPUs x"
                        + " 28.8 h x $1.389 per GPU-hour (~$0.08M; " + SEED_BASELINE + " $800M over 200,000 x 2,880 h) and"
                        + " 15 GWh x $0.15/kWh ($2.25M); the seed gives no breakdown")
                .conversionOverhead(Range.of(0), "assumption: no domain boundary; the method runs on the baseline's GPUs")
                .coolingOverhead(Range.of(0), "assumption: no device of its own to cool beyond the baseline GPUs' energy,"
                        + " which the energy factor already scales")
                .fleetReduction(Range.of(100), SEED_CURRENT + ": 'Same as baseline but underutilized (~2,000 GPUs"
                        + " effective)' = 200,000 / 100")
                .build();
        Map<String, Range> enhanced = new LinkedHashMap<>();
        // 120 days / 12-24 hours: 120-240x (nominal 18 h: 160x).
        enhanced.put(SPEEDUP, new Range(120, 160, 240));
        // 1.5 TWh / 5-10 GWh: 150-300x (nominal 7.5 GWh: 200x).
        enhanced.put(ENERGY_REDUCTION, new Range(150, 200, 300));
        // 200,000 / ~1,000 GPUs.
        enhanced.put(FLEET_REDUCTION, Range.of(200));
        // Implied by ~$50M less energy (7.5 GWh x $0.15/kWh = ~$1.1M) and GPUs (1,000 x 18 h x $1.389 = ~$0.03M).
        enhanced.put(PREMIUM, Range.of(48.9e6));
        List<Profile> profiles = List.of(
                new Profile("current", "grok2025althw's probability-based training: 100x fewer computations on ~2,000"
                        + " effective GPUs", Map.of(), SEED_CURRENT),
                new Profile("enhanced", "uncertainty-driven data selection, Bayesian active learning and autonomous"
                        + " hyperparameter optimisation: 12-24 h, 5-10 GWh, ~1,000 GPUs, ~$50M (premium implied by $50M"
                        + " less ~$1.1M energy and ~$0.03M of GPUs)", enhanced, SEED_ENHANCED));
        Programme programme = new Programme(List.of(
                new InvestmentLine("method development (Bayesian tools, data selection)", Range.of(1.5e7, 4e7), false,
                        SEED_IN_HOUSE),
                new InvestmentLine("infrastructure", Range.of(5e6, 1e7), false, SEED_IN_HOUSE)),
                null,
                List.of(new Programme.Step("adaptation and optimization", 3)),
                SEED_IN_HOUSE);
        return new TechnologySpec(info, null, true, classes, common, List.of(), profiles, programme, List.of());
    }
}
