package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.lever.LeverEffects;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.WorkloadLevers;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.List;
import java.util.stream.Collectors;

/** Measures levers on one backend through the plugin host: the same estimate, with and without them. */
final class LeverRuns {
    private LeverRuns() {
    }

    /**
     * What the levers command shows: the levers measured, on which backend, under which scenario and
     * workload (before the levers that shrink it), their effects, and the Assumption and Warning lines of the user's
     * values on the backend (without the levers).
     */
    record Study(String backend, List<LeverSetting> levers, Scenario scenario, Workload workload, LeverEffects.Result effects,
                 List<String> userValues) {
        Study {
            levers = List.copyOf(levers);
            userValues = List.copyOf(userValues);
        }
    }

    /**
     * The scenario's levers (every lever with a default when it names none) measured on {@code backendOrNull}
     * (the scenario's baseline when null).
     */
    static Study study(Context ctx, Scenario scenario, Workload withoutLevers, String backendOrNull) {
        List<LeverSetting> chosen = scenario.levers().isEmpty()
                ? LeverSetting.parse(List.of(LeverSetting.ALL), "levers") : scenario.levers();
        String id = backendOrNull != null ? backendOrNull : scenario.baseline();
        LeverEffects.Result effects = measure(ctx, scenario, withoutLevers, id, chosen);
        Scenario bare = scenario.withLevers(List.of());
        List<LoadedBackend> measured = List.of(ctx.plugins.backend(id).orElseThrow()); // measure found it
        return new Study(id, chosen, scenario.withLevers(chosen), withoutLevers, effects, UserValueNotes.lines(bare, measured));
    }

    /**
     * Each lever alone and all stacked on {@code backendId}, against the scenario and workload without
     * levers. A backend that fails or has no answer under some lever is a one-line error naming it.
     */
    static LeverEffects.Result measure(Context ctx, Scenario scenario, Workload withoutLevers, String backendId,
            List<LeverSetting> levers) {
        ctx.select(List.of()); // no backend at all is its own error (exit 3)
        LoadedBackend b = ctx.plugins.backend(backendId).orElseThrow(() -> backendId.equals(scenario.baseline())
                ? new NothingValidException("levers are measured on the scenario's baseline " + backendId
                        + ", which is not loaded; loaded: " + ctx.loadedIds() + " ('levers -b ID' measures another)")
                : new InputException("-b/--backend: no backend '" + backendId + "' is loaded" + ctx.didYouMean(backendId)
                        + "; loaded: " + ctx.loadedIds()));
        Scenario bare = scenario.withLevers(List.of());
        return LeverEffects.measure(levers, chosen -> {
            Evaluation evaluation = ctx.evaluation(bare.withLevers(chosen), WorkloadLevers.apply(withoutLevers, chosen));
            try {
                Estimate e = evaluation.estimate(b, evaluation.parameters(b));
                return new LeverEffects.Figures(e.trainingSeconds().nominal(), e.energyJoules().nominal(),
                        e.costUsd().nominal());
            } catch (PluginFailure f) {
                throw new NoUsableBackendException("levers: " + f.describe());
            } catch (InfeasibleException x) {
                throw new NothingValidException("levers " + labels(chosen) + ": " + backendId + " has no valid answer: "
                        + x.getMessage());
            }
        });
    }

    static String labels(List<LeverSetting> levers) {
        return levers.isEmpty() ? "none" : levers.stream().map(LeverSetting::label).collect(Collectors.joining(", "));
    }

    /** The line every report with levers carries. */
    static String note(List<LeverSetting> levers) {
        return "Levers (faraboschi2024barriers Table 2): " + labels(levers) + ". Workload levers shrink the job every backend trains;"
                + " parameter levers change the backends that declare the parameters (the GPU clusters). Relative backends"
                + " keep their claims against the baseline without levers; the work they leave on the baseline runs on it"
                + " with the levers. `cambrian levers` shows each effect.";
    }
}
