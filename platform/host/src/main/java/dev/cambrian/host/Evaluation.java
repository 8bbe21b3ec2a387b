package dev.cambrian.host;

import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.environment.Footprints;
import dev.cambrian.engine.environment.OwnDevice;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Estimates loaded backends under a scenario, each through the {@link Guard}: a backend that fails
 * becomes a one-line failure naming its plugin, and the others go on.
 */
public final class Evaluation {

    /**
     * What came out: the estimates, the backends that broke, and those with no valid answer.
     *
     * @param leftOut the ids of the backends asked for that have no estimate (broke or no valid answer), in the order
     *                asked: what a chart leaves out, without reading it back from the lines above
     */
    public record Outcome(List<Estimate> estimates, List<String> failures, List<String> infeasible, List<String> notes,
                          ReferenceRun referenceOrNull, List<String> leftOut) {
        public Outcome {
            estimates = List.copyOf(estimates);
            failures = List.copyOf(failures);
            infeasible = List.copyOf(infeasible);
            notes = List.copyOf(notes);
            leftOut = List.copyOf(leftOut);
        }

        /** The baseline's result relative backends were applied to, if there was one. */
        public Optional<ReferenceRun> reference() {
            return Optional.ofNullable(referenceOrNull);
        }
    }

    private final Guard guard;
    private final Scenario scenario;
    private final Workload workload;
    private final ReferenceRun reference;
    private LoadedBackend baseline;
    private final List<String> notes = new ArrayList<>();

    /** Resolves the scenario's baseline first, so relative models have their reference. */
    public Evaluation(Guard guard, Scenario scenario, Workload workload, List<LoadedBackend> loaded) {
        this.guard = guard;
        this.scenario = scenario;
        this.workload = workload;
        this.reference = computeReference(loaded);
        ParameterResolver.electricityFarFromDefault(scenario).ifPresent(notes::add);
    }

    public Optional<ReferenceRun> reference() {
        return Optional.ofNullable(reference);
    }

    /** The backend the reference run came from, when there is a reference. */
    public Optional<LoadedBackend> baseline() {
        return reference == null ? Optional.empty() : Optional.ofNullable(baseline);
    }

    /** The parameters the reference run was computed with: the scenario's, without its levers (see below). */
    public ResolvedParameters referenceParameters(LoadedBackend b) {
        return ParameterResolver.resolve(b.id(), b.parameters(), scenario.withLevers(List.of()));
    }

    /** What the evaluation noted while setting up (a baseline that is missing or gave no result). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public ResolvedParameters parameters(LoadedBackend b) {
        return ParameterResolver.resolve(b.id(), b.parameters(), scenario);
    }

    public Outcome estimateAll(List<LoadedBackend> backends) {
        List<Estimate> estimates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> infeasible = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (LoadedBackend b : backends) {
            ResolvedParameters params = parameters(b);
            try {
                estimates.add(estimate(b, params));
            } catch (PluginFailure f) {
                failures.add(f.describe());
                leftOut.add(b.id());
            } catch (InfeasibleException e) {
                infeasible.add(b.id() + ": " + e.getMessage());
                leftOut.add(b.id());
            }
        }
        return new Outcome(estimates, failures, infeasible, notes, reference, leftOut);
    }

    /**
     * One backend with the given (possibly adjusted) parameters, with its footprint when the scenario has an
     * environment; throws PluginFailure or InfeasibleException.
     */
    public Estimate estimate(LoadedBackend b, ResolvedParameters params) {
        Economics economics = scenario.economics();
        // the backend's own device kind is read from the plugin's kit spec, so inside the guarded call too
        if (reference == null && noReferenceReason != null
                && params.relative()) {
            // a relative backend measures itself against the reference: the kit could only guess why there is none
            // ("not loaded, or has no valid answer"), the host knows
            throw new InfeasibleException(noReferenceReason);
        }
        Estimated r;
        try {
            r = guard.call(b.pluginId(), b.id(), "estimate", () -> new Estimated(
                    Estimator.estimate(b.backend(), params, workload, economics, reference, scenario.name()), OwnDevice.kindOrNull(b.backend())));
        } catch (PluginFailure f) {
            throw UserValues.blame(f, params, scenario);
        }
        Estimate e = r.estimate();
        try {
            return scenario.environment().map(env -> e.withFootprint(Footprints.of(e, env, params, r.ownKindOrNull()))).orElse(e);
        } catch (dev.cambrian.api.InvalidValueException invalid) {
            // the figures were valid: the backend's values the user gave (--set photonic.embodied-kgco2e-per-device=1e308)
            // or the environment's factors (--wue 1e308, a market intensity) broke the footprint
            List<String> given = params.userOrigins();
            String who = given.isEmpty() ? "--wue, --market-intensity or the scenario's environment: with the factors given"
                    : String.join(", ", given) + " (or the environment's factors): with " + (given.size() == 1 ? "this value" : "these values");
            throw new InputException(who + ", backend " + b.id() + "'s carbon or water is not a finite number ("
                    + invalid.getMessage() + ")", invalid);
        }
    }

    /** A backend's estimate and its own device kind ({@link OwnDevice}), from one guarded call. */
    private record Estimated(Estimate estimate, String ownKindOrNull) {
    }

    public <T> T call(LoadedBackend b, String what, java.util.concurrent.Callable<T> call) {
        return guard.call(b.pluginId(), b.id(), what, call);
    }

    /** Why there is no reference run, when there is none: what a relative backend's "no valid answer" says. */
    private String noReferenceReason;

    private ReferenceRun computeReference(List<LoadedBackend> loaded) {
        Optional<LoadedBackend> baseline = loaded.stream().filter(b -> b.id().equals(scenario.baseline())).findFirst();
        if (baseline.isEmpty()) {
            noReferenceReason = "baseline " + scenario.baseline() + " is not loaded: relative models have no reference";
            notes.add(noReferenceReason);
            return null;
        }
        LoadedBackend b = baseline.get();
        this.baseline = b;
        // The relative backends' claims are against today's GPUs: the levers that change GPU parameters stay
        // out of their reference (the workload levers are already in the workload every backend sees). The
        // work they leave on the GPUs runs on the GPUs with the levers: that is the reference's improved run.
        try {
            ReferenceRun today = reference(b, scenario.withLevers(List.of()));
            return scenario.levers().isEmpty() ? today : today.withImproved(reference(b, scenario));
        } catch (PluginFailure | InfeasibleException e) {
            noReferenceReason = "baseline " + b.id() + " gave no reference (" + e.getMessage() + "): relative models have none";
            notes.add(noReferenceReason);
            return null;
        }
    }

    private ReferenceRun reference(LoadedBackend b, Scenario under) {
        ResolvedParameters params = ParameterResolver.resolve(b.id(), b.parameters(), under);
        try {
            return guard.call(b.pluginId(), b.id(), "baseline estimate",
                    () -> Estimator.reference(b.backend(), params, workload, under.economics()));
        } catch (PluginFailure f) {
            throw UserValues.note(f, params, under);
        }
    }
}
