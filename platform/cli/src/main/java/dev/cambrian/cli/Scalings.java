package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.scale.ScaleConfig;
import dev.cambrian.engine.scale.ScaleDerivation;
import dev.cambrian.engine.scale.ScaleModel;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Time to train versus system size (faraboschi2024barriers Fig. 7), as the scale command and the report
 * show it: each size under the base, optimized and K-of-N configurations, dense and as an 8-expert MoE.
 */
final class Scalings {
    /** faraboschi2024barriers §3.1, Fig. 7: 'organizing the model into eight sparsely activated partitions'. */
    static final int MOE_EXPERTS = 8;
    static final List<ScaleConfig> CONFIGS = List.of(ScaleConfig.BASE, ScaleConfig.OPTIMIZED, ScaleConfig.OPTIMIZED_K_OF_N);
    /** System sizes in GPUs when none are asked for. */
    static final List<Long> DEFAULT_SIZES = List.of(1_000L, 2_000L, 5_000L, 10_000L, 20_000L, 50_000L, 100_000L, 200_000L);

    private Scalings() {
    }

    /** One size's training time per configuration (in {@link #CONFIGS} order), empty where it makes no progress. */
    record Size(long gpus, Map<ScaleConfig, OptionalDouble> denseSeconds, Map<ScaleConfig, OptionalDouble> moeSeconds) {
        /** Base over optimized on the dense model; empty when either makes no progress. */
        OptionalDouble optimizedSpeedup() {
            OptionalDouble base = denseSeconds.get(ScaleConfig.BASE);
            OptionalDouble optimized = denseSeconds.get(ScaleConfig.OPTIMIZED);
            return base.isPresent() && optimized.isPresent()
                    ? OptionalDouble.of(base.getAsDouble() / optimized.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /** How each configuration gets its dense time at one size. */
    record Explained(long gpus, Map<ScaleConfig, List<Derivation>> steps) {
    }

    /**
     * The sweep: the sizes in the order asked, the size past which each configuration stops improving
     * (dense), the scenario's levers that scale does not apply, and the derivations when asked (else null).
     */
    record Result(Scenario scenario, Workload workload, List<Size> sizes, Map<ScaleConfig, Double> fastestSizeGpus,
                  List<String> leversNotApplied, Explained explainedOrNull) {
        double denseFlop() {
            return Scalings.denseFlop(workload);
        }

        double moeFlop() {
            return denseFlop() / MOE_EXPERTS;
        }
    }

    /**
     * The compute of the workload trained dense, as the paper's Fig. 7 starts from: its training FLOP with every parameter
     * active. An MoE workload (grok-5, gpt-4) counts only its active parameters; without this its MoE compute was shown
     * as dense and then divided by eight a second time.
     */
    static double denseFlop(Workload w) {
        return w.experts() > 1 ? w.trainingFlop() * (w.totalParameters() / w.activeParameters()) : w.trainingFlop();
    }

    /**
     * Sweeps the sizes for the workload as trained (the levers that change what is trained already applied).
     *
     * @param explainAtOrNull the size whose derivations to add, or null
     */
    static Result sweep(Scenario scenario, Workload trained, List<Long> sizes, Long explainAtOrNull) {
        for (long n : sizes) {
            if (n < 1) {
                throw new InputException("--devices: sizes must be at least 1, got " + n);
            }
            if (n > (long) dev.cambrian.engine.estimate.ParameterResolver.LARGEST_WHOLE) { // as a long (2^53 + 1 as a double is 2^53): past 2^53 the table showed 2^53 for 2^53 + 1
                throw new InputException("--devices: sizes must be at most " + dev.cambrian.engine.estimate.ParameterResolver.LARGEST_WHOLE_TEXT + ", got " + n);
            }
        }
        if (new java.util.HashSet<>(sizes).size() < sizes.size()) { // the table printed the size's row twice
            throw new InputException("--devices: " + sizes.stream().filter(n -> java.util.Collections.frequency(sizes, n) > 1)
                    .findFirst().orElseThrow() + " is given twice; each size once");
        }
        if (explainAtOrNull != null && explainAtOrNull < 1) {
            throw new InputException("--explain: the size must be at least 1 GPU, got " + explainAtOrNull);
        }
        double dense = denseFlop(trained);
        double moe = dense / MOE_EXPERTS;
        List<Size> rows = new ArrayList<>();
        for (long n : sizes) {
            rows.add(new Size(n, seconds(dense, n), seconds(moe, n)));
        }
        Map<ScaleConfig, Double> fastest = new LinkedHashMap<>();
        for (ScaleConfig c : CONFIGS) {
            fastest.put(c, ScaleModel.fastestSize(dense, c));
        }
        Explained explained = null;
        if (explainAtOrNull != null) {
            Map<ScaleConfig, List<Derivation>> steps = new LinkedHashMap<>();
            for (ScaleConfig c : CONFIGS) {
                steps.put(c, ScaleDerivation.of(dense, explainAtOrNull, c));
            }
            explained = new Explained(explainAtOrNull, steps);
        }
        // Levers that change what is trained apply; the others change a backend's parameters, and scale's GPU
        // and its configurations are the paper's own (resilience is its 'optimized' column).
        List<String> notApplied = scenario.levers().stream().filter(s -> s.lever().flopFactor(s.setting()) == 1)
                .map(LeverSetting::label).toList();
        return new Result(scenario, trained, List.copyOf(rows), fastest, notApplied, explained);
    }

    private static Map<ScaleConfig, OptionalDouble> seconds(double flop, long gpus) {
        Map<ScaleConfig, OptionalDouble> times = new LinkedHashMap<>();
        for (ScaleConfig c : CONFIGS) {
            times.put(c, ScaleModel.seconds(flop, gpus, c));
        }
        return times;
    }
}
