package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.DeadlineSolver;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import dev.cambrian.host.PluginProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The estimates every estimating face needs: the selected backends on a workload, sized to a deadline when asked. */
final class Estimations {
    private Estimations() {
    }

    static List<String> problems(Context ctx) {
        return ctx.plugins.problems().stream().map(PluginProblem::toString).toList();
    }

    /**
     * --deadline solves for each selected backend's device count: one a --set also gives (--set gpu-h100.devices=5) was
     * replaced by the solution without a word, in estimate, rank and explain alike (and the baseline's reference run kept
     * the 5). Refused before any plugin runs (each command with --deadline calls this from its inputs), as sweep refuses
     * --devices with one; a scenario file's count is the file's default, replaced. The days themselves must make a
     * finite number of seconds: 1e305 days overflowed to an infinite deadline that no device count met.
     */
    static void checkDeadline(double deadlineDays, Scenario scenario, List<String> ids) {
        if (!(deadlineDays > 0) || !Double.isFinite(deadlineDays * Units.SECONDS_PER_DAY)) {
            throw new InputException("--deadline: must be a positive number of days below " + Quantities.sci(
                    Double.MAX_VALUE / Units.SECONDS_PER_DAY) + " (a finite number of seconds), got " + deadlineDays);
        }
        boolean all = ids.isEmpty() || ids.contains("all");
        ScenarioLoader.givenBySet(scenario, dev.cambrian.api.absolute.AbsoluteParameters.DEVICES,
                backend -> all || backend.equals(Scenario.ALL_BACKENDS) || ids.contains(backend)).ifPresent(given -> {
                    throw new InputException("--deadline and " + given[1] + ": both set " + (given[0].equals(Scenario.ALL_BACKENDS)
                            ? "every backend's" : given[0] + "'s") + " device count; give one");
                });
    }

    /** Estimates the selected backends, or with a deadline, the device count each needs first. */
    static Evaluation.Outcome evaluate(Context ctx, Scenario scenario, Workload workload, List<String> ids, Double deadlineDays) {
        return evaluate(ctx, ctx.evaluation(scenario, workload), scenario, workload, ids, deadlineDays);
    }

    /** The same, with an evaluation the caller keeps (so the baseline is computed once per command). */
    static Evaluation.Outcome evaluate(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, List<String> ids,
                                       Double deadlineDays) {
        List<LoadedBackend> selected = ctx.select(ids);
        if (deadlineDays == null) {
            return evaluation.estimateAll(selected);
        }
        double deadline = deadlineDays * Units.SECONDS_PER_DAY;
        List<Estimate> estimates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> infeasible = new ArrayList<>();
        List<String> notes = new ArrayList<>(evaluation.notes());
        List<String> leftOut = new ArrayList<>();
        for (LoadedBackend b : selected) {
            ResolvedParameters params = evaluation.parameters(b);
            try {
                if (b.backend().hardware().deviceCountParameter().isEmpty()) {
                    notes.add(b.id() + " cannot be sized for --deadline: its time is the baseline's scaled by its own factors"
                            + " and does not depend on how many of its devices it has (it declares no device-count parameter and"
                            + " no per-device throughput); estimated as is. Size the baseline instead: -b "
                            + evaluation.reference().map(r -> r.backendId()).orElse("the baseline") + " --deadline " + deadlineDays);
                    estimates.add(evaluation.estimate(b, params));
                    continue;
                }
                DeadlineSolver.Result solved = evaluation.call(b, "deadline search", () -> DeadlineSolver.solve(b.backend(), params,
                        workload, scenario.economics(), evaluation.reference().orElse(null), deadline));
                OptionalLong n = solved.devices();
                if (n.isEmpty()) {
                    infeasible.add(b.id() + ": no device count finishes within " + Quantities.number(deadlineDays) + (deadlineDays == 1 ? " day" : " days")
                            + (solved.fastestDevices() == 0 ? " (no size up to " + Quantities.grouped(solved.limit()) + " has a valid answer)"
                            : "; the nearest is " + Quantities.grouped(solved.fastestDevices()) + " devices, "
                            + Quantities.time(Range.of(solved.fastestSeconds()))
                            + (solved.fastestDevices() >= solved.limit() && solved.limit() < DeadlineSolver.MAX_DEVICES
                                    ? " (the most this backend allows)" : " (more devices are no faster)")));
                    leftOut.add(b.id());
                    continue;
                }
                String name = b.backend().hardware().deviceCountParameter().get();
                estimates.add(evaluation.estimate(b, params.withPoint(name, n.getAsLong(),
                        "--deadline " + deadlineDays + " d (fewest devices meeting it at nominal values)")));
            } catch (PluginFailure f) {
                failures.add(f.describe());
                leftOut.add(b.id());
            } catch (InfeasibleException e) {
                infeasible.add(b.id() + ": " + e.getMessage());
                leftOut.add(b.id());
            }
        }
        return new Evaluation.Outcome(estimates, failures, infeasible, notes, evaluation.reference().orElse(null), leftOut);
    }

    static int exitCode(Context ctx, Evaluation.Outcome outcome) {
        ctx.unanswered(outcome.infeasible());
        return ExitCodes.forResults(!outcome.estimates().isEmpty(), outcome.failures(), outcome.infeasible(),
                "no selected backend has a valid answer: " + String.join("; ", outcome.infeasible()));
    }
}
