package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.Subject;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Monte Carlo run the uncertainty command and the report show: every uncertain parameter sampled per backend. */
final class Sampling {
    private Sampling() {
    }

    /** The result, the subjects sampled and the evaluation's notes (the baseline's, say). */
    record Sampled(UncertaintyResult result, List<Subject> subjects, List<String> evaluationNotes) {
    }

    static Sampled run(Context ctx, Scenario scenario, Workload workload, List<String> backends, Options options) {
        List<LoadedBackend> selected = ctx.select(backends);
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        List<Subject> subjects = new ArrayList<>();
        for (LoadedBackend b : selected) {
            subjects.add(new Subject(b.info(), b.backend(), evaluation.parameters(b)));
        }
        // the baseline sampled as the relative backends' reference, as the uncertainty command does
        Subject baseline = evaluation.baseline()
                .map(b -> new Subject(b.info(), b.backend(), evaluation.referenceParameters(b))).orElse(null);
        List<LoadedBackend> called = new ArrayList<>(selected);
        evaluation.baseline().filter(b -> !selected.contains(b)).ifPresent(called::add);
        List<Subject> held = new ArrayList<>(subjects);
        if (baseline != null && subjects.stream().noneMatch(s -> s.id().equals(baseline.id())
                && s.parameters().parameters().equals(baseline.parameters().parameters()))) {
            held.add(baseline);
        }
        checkMemory(held, options);
        UncertaintyResult result = MonteCarlo.run(subjects, baseline, workload, scenario.economics(),
                evaluation.reference().orElse(null), options, new GuardedCaller(ctx.guard, called), done -> { });
        return new Sampled(result, subjects, evaluation.notes());
    }

    /** OK when a backend has samples; otherwise the failure or the lack of a valid sample ends the command. */
    static int exitCode(UncertaintyResult result) {
        if (!result.backends().isEmpty()) {
            return ExitCodes.OK;
        }
        if (!result.failures().isEmpty() && result.infeasible().isEmpty()) {
            throw new NoUsableBackendException("every selected backend failed: " + String.join("; ", result.failures()));
        }
        List<String> reasons = new ArrayList<>(result.infeasible());
        reasons.addAll(result.failures());
        throw new NothingValidException("no selected backend has a valid sample: " + String.join("; ", reasons));
    }

    /** The samples and the reduction's copies are held in memory: refuse a run that cannot fit, before computing anything. */
    private static void checkMemory(List<Subject> subjects, Options options) {
        int samples = options.samples();
        long need = MonteCarlo.bytesNeeded(subjects, samples, options.threads());
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > available * 0.8) {
            throw new InputException(String.format(Locale.ROOT, "--samples %,d: %d backend(s) on %d thread(s) need about %,d MB"
                    + " for their samples and this Java has about %,d MB free; choose fewer backends (-b), samples or"
                    + " --threads, or give Java more memory (CAMBRIAN_JAVA_OPTS=-Xmx8g)", samples, subjects.size(),
                    options.threads(), need >> 20, available >> 20));
        }
    }
}
