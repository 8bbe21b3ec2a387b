package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.ArrayList;
import java.util.List;

/** Parallel plans of the backends that make them (the absolute ones): the estimate in force and the one its step split gives. */
final class Plans {
    private Plans() {
    }

    /** One backend's plan in force and the time its step split gives (null, with the reason, when the split has no answer). */
    record Planned(Estimate estimate, Estimate splitTime, String splitProblem) {
    }

    /** The plans, the backends with no valid answer or that failed, and the notes (evaluation's and backends left out). */
    record Result(List<Planned> planned, List<String> infeasible, List<String> failures, List<String> notes) {
        Result {
            planned = List.copyOf(planned);
            infeasible = List.copyOf(infeasible);
            failures = List.copyOf(failures);
            notes = List.copyOf(notes);
        }
    }

    /** Plans the selected backends ({@code ids}; empty or 'all' for every loaded one, relative ones skipped quietly). */
    static Result plan(Context ctx, Scenario scenario, Workload workload, List<String> ids) {
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        List<Planned> planned = new ArrayList<>();
        List<String> notes = new ArrayList<>(evaluation.notes());
        List<String> infeasible = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        boolean all = ids.isEmpty() || ids.contains("all");
        for (LoadedBackend b : ctx.select(ids)) {
            if (b.parameters().parameter(AbsoluteParameters.PLAN_MODE).isEmpty()) {
                if (!all) {
                    notes.add(b.id() + " makes no parallel plan: it is described relative to the baseline, not by a datasheet");
                }
                continue;
            }
            ResolvedParameters params = evaluation.parameters(b);
            try {
                Estimate inForce = evaluation.estimate(b, params);
                Estimate split = null;
                String problem = null;
                try {
                    split = evaluation.estimate(b, params.withPoint(AbsoluteParameters.PLAN_MODE, 1, "plan: the step split"));
                } catch (InfeasibleException e) {
                    problem = e.getMessage();
                }
                planned.add(new Planned(inForce, split, problem));
            } catch (PluginFailure f) {
                failures.add(f.describe());
            } catch (InfeasibleException e) {
                infeasible.add(b.id() + ": " + e.getMessage());
            }
        }
        return new Result(planned, infeasible, failures, notes);
    }

    static int exitCode(Result r) {
        return ExitCodes.forResults(!r.planned().isEmpty(), r.failures(), r.infeasible(), "no selected backend has a plan: "
                + String.join("; ", r.infeasible().isEmpty() ? List.of("none of them plans (only the absolute backends do)")
                : r.infeasible()));
    }
}
