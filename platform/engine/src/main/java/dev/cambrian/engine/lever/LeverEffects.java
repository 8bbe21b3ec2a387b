package dev.cambrian.engine.lever;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Each lever's effect on one training run, alone and stacked (faraboschi2024barriers Table 2). The run is whatever
 * the caller measures (the baseline backend through the plugin host); stacking runs all levers together,
 * so interactions (faster checkpoints matter less once the run is shorter) show up rather than a product.
 */
public final class LeverEffects {
    /** Time, energy and cost of one run. */
    public record Figures(double seconds, double joules, double usd) {
        Figures over(Figures base) {
            return new Figures(seconds / base.seconds, joules / base.joules, usd / base.usd);
        }
    }

    /** {@code factors} are this run's figures over the run without levers. */
    public record Effect(String label, List<LeverSetting> settings, Figures figures, Figures factors) {
        public Effect {
            settings = List.copyOf(settings);
        }
    }

    /** The run without levers, then each lever alone, then all of them together when there are several. */
    public record Result(Figures without, List<Effect> alone, Effect stackedOrNull) {
        public Result {
            alone = List.copyOf(alone);
        }
    }

    public static final String STACKED = "stacked";

    private LeverEffects() {
    }

    public static Result measure(List<LeverSetting> settings, Function<List<LeverSetting>, Figures> run) {
        Figures without = run.apply(List.of());
        List<Effect> alone = new ArrayList<>();
        for (LeverSetting s : settings) {
            Figures f = run.apply(List.of(s));
            alone.add(new Effect(s.label(), List.of(s), f, f.over(without)));
        }
        Effect stacked = null;
        if (settings.size() > 1) {
            Figures f = run.apply(settings);
            stacked = new Effect(STACKED, settings, f, f.over(without));
        }
        return new Result(without, alone, stacked);
    }
}
