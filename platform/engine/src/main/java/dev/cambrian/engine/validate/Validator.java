package dev.cambrian.engine.validate;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.absolute.ShippedFit;
import dev.cambrian.api.absolute.Utilization;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.scenario.ScenarioOverride;
import dev.cambrian.engine.uncertainty.BackendFailedException;
import dev.cambrian.engine.uncertainty.Caller;
import dev.cambrian.engine.workload.WorkloadRequest;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Predicts every published run with its backend under a scenario (device count, precision and year
 * from the run; in whichever mode the scenario sets, so plan-mode 1 is judged too), then fits the
 * utilization model to all of them and once without each (leave one out). A run's implied MFU comes from the backend itself: with utilization pinned to a known value
 * u0 the backend takes t0, and time is inversely proportional to utilization, so the published time
 * implies u0 x t0 / t_published with the backend's own failure losses and scaling.
 */
public final class Validator {
    /** Any utilization works for the inversion; half is far from every edge. */
    private static final double PINNED_UTILIZATION = 0.5;

    private Validator() {
    }

    public static Validation validate(List<PublishedRun> runs, String dataset, Map<String, HardwareBackend> backends,
                                      Scenario scenario, Caller caller) {
        List<RunValidation> results = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<Integer> observed = new ArrayList<>();
        List<Double> pinnedSeconds = new ArrayList<>();
        List<String> unfitted = new ArrayList<>(); // per observation: why its prediction reads no fit, or null
        for (PublishedRun run : runs) {
            HardwareBackend backend = backends.get(run.backend());
            if (backend == null) {
                results.add(RunValidation.skipped(run, "backend " + run.backend() + " is not loaded"));
                continue;
            }
            if (backend.parameters().parameter(FIRST_AVAILABLE).isEmpty() || backend.parameters().parameter(MFU_REFERENCE).isEmpty()) {
                results.add(RunValidation.skipped(run, run.backend() + " has no fitted utilization model (not an absolute backend)"));
                continue;
            }
            try {
                Predicted p = predict(run, backend, scenario, caller);
                if (p.observation().impliedMfu() > 1) {
                    results.add(RunValidation.skipped(run, "its published hours imply " + dev.cambrian.engine.Numbers.plain(100 * p.observation().impliedMfu())
                            + "% of peak, more than the device can do: check device_hours, device_count and tokens"));
                    continue;
                }
                observed.add(results.size());
                results.add(p.validation());
                observations.add(p.observation());
                pinnedSeconds.add(p.pinnedSeconds());
                unfitted.add(p.unfittedBecause());
            } catch (InfeasibleException e) {
                results.add(RunValidation.skipped(run, "no valid answer: " + e.getMessage()));
            } catch (BackendFailedException e) {
                results.add(RunValidation.skipped(run, e.getMessage()));
            }
        }
        if (observations.size() < Utilization.REGRESSOR_NAMES.length + 2) {
            List<String> why = results.stream().filter(r -> !r.validated()).limit(3)
                    .map(r -> r.run().id() + ": " + r.skippedBecause()).toList();
            throw new IllegalArgumentException("only " + observations.size() + " of " + runs.size() + " runs could be predicted:"
                    + " too few to fit the utilization model's " + Utilization.REGRESSOR_NAMES.length + " constants"
                    + (why.isEmpty() ? "" : " (" + String.join("; ", why) + (results.size() - observations.size() > 3 ? "; ..." : "") + ")"));
        }
        UtilizationFit all = UtilizationFit.of(observations);
        for (int k = 0; k < observations.size(); k++) {
            int index = observed.get(k);
            RunValidation v = results.get(index);
            if (unfitted.get(k) != null) {
                // the scenario sets the utilization (or the plan's split gives the time): no fit is left out of this
                // prediction, so leave one out is the prediction itself (a refit's column read as if it were, ratio 1),
                // its range too: the utilizations that put the published hours inside the predicted ones
                Range h = v.predictedDeviceHours();
                double u = v.fittedMfu();
                results.set(index, new RunValidation(v.run(), null, h, v.predictedEnergyMwh(), v.impliedMfu(), u, h.nominal(),
                        new Range(u * h.nominal() / h.high(), u, u * h.nominal() / h.low())));
                continue;
            }
            List<Observation> others = new ArrayList<>(observations);
            others.remove(k);
            UtilizationFit fit = UtilizationFit.of(others);
            double mfu = fit.predict(observations.get(k).features());
            double hours = v.run().deviceCount() * Units.hours(pinnedSeconds.get(k)) * PINNED_UTILIZATION / mfu;
            results.set(index, new RunValidation(v.run(), null, v.predictedDeviceHours(), v.predictedEnergyMwh(), v.impliedMfu(),
                    v.fittedMfu(), hours, new Range(mfu * fit.residualP10(), mfu, mfu * fit.residualP90())));
        }
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        unfitted.stream().filter(java.util.Objects::nonNull).forEach(notes::add);
        List<RunValidation> validated = results.stream().filter(RunValidation::validated).toList();
        return new Validation(scenario.name(), dataset, results,
                ErrorSummary.of(validated, RunValidation::ratio, RunValidation::inside),
                ErrorSummary.of(validated, RunValidation::leaveOneOutRatio, RunValidation::insideLeaveOneOut),
                all, ShippedFit.COEFFICIENTS, ShippedFit.DOMAIN, List.copyOf(notes));
    }

    /** @param unfittedBecause why the prediction reads no fitted utilization (the scenario's setting), or null */
    private record Predicted(RunValidation validation, Observation observation, double pinnedSeconds, String unfittedBecause) {
    }

    private static Predicted predict(PublishedRun run, HardwareBackend backend, Scenario scenario, Caller caller) {
        String id = run.backend();
        Economics economics = new Economics(scenario.economics().electricityUsdPerKwh(), run.year());
        Map<String, Range> values = Map.of(DEVICES, Range.of(run.deviceCount()), PRECISION, Range.of(run.precision().bits()));
        String origin = "published run " + run.id();
        // Runs are compared as they were trained: the scenario's levers stay out.
        Scenario runScenario = scenario.withLevers(List.of()).withEconomics(economics).overriddenBy(ScenarioOverride.parameters(Map.of(id, values),
                Map.of(id + "." + DEVICES, origin, id + "." + PRECISION, origin)));
        ResolvedParameters params = ParameterResolver.resolve(id, backend.parameters(), runScenario);
        Workload workload = WorkloadResolver.resolve(new WorkloadRequest(run.id(), run.model(), run.totalParameters(),
                run.activeParameters(), run.tokens(), null, run.experts(), run.architecture(), null, run.citation()));
        Estimate estimate = caller.call(id, "validate " + run.id(),
                () -> Estimator.estimate(backend, params, workload, economics, null, scenario.name()));
        // The inversion needs time inversely proportional to utilization: the fitted mode, whatever mode the scenario runs in.
        ResolvedParameters pinned = params.withPoint(UTILIZATION, PINNED_UTILIZATION, "validate: implied MFU")
                .withPoint(PLAN_MODE, 0, "validate: implied MFU");
        double pinnedSeconds = caller.call(id, "validate " + run.id(), () -> Estimator.evaluate(backend,
                new ModelInput(workload, pinned.nominal(), economics, null, false)).time().trainingSeconds());
        double publishedSeconds = run.wallHours() * Units.SECONDS_PER_HOUR;
        double implied = PINNED_UTILIZATION * pinnedSeconds / publishedSeconds;
        double fitted = PINNED_UTILIZATION * pinnedSeconds / estimate.trainingSeconds().nominal();
        Utilization.Features features = Utilization.Features.of(workload, run.deviceCount(),
                params.nominal().get(NETWORK_BYTES_PER_FLOP), AbsoluteParameters.effectivePrecision(params.nominal(), run.precision()),
                run.year(),
                params.nominal().get(FIRST_AVAILABLE));
        OptionalDouble energy = OptionalDouble.of(estimate.energyJoules().nominal() / Units.JOULES_PER_MWH);
        RunValidation v = new RunValidation(run, null, estimate.hardware().get(0).deviceHours(), energy, implied, fitted, 0, Range.of(0));
        String unfitted = params.unread(MFU_REFERENCE) // the fitted model unread: the utilization set, or plan mode
                ? id + "'s runs are predicted with " + params.unreadSetting() + " (" + origins(params) + "), not the fitted"
                        + " utilization model: their leave-one-out column repeats the prediction, as no fit is left out"
                : null;
        return new Predicted(v, new Observation(features, implied), pinnedSeconds, unfitted);
    }

    /** Where the setting that replaces the fitted model came from: the utilization's or the plan mode's origin. */
    private static String origins(ResolvedParameters params) {
        String name = params.planMode() ? PLAN_MODE : UTILIZATION;
        return params.assumptions().stream().filter(a -> a.parameter().equals(name)).map(dev.cambrian.engine.estimate.Assumption::origin).findFirst()
                .orElse("its default");
    }
}
