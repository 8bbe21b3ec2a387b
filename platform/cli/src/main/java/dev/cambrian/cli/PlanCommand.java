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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "The fastest tensor x pipeline x data (x expert) layout that fits in memory, for devices sold today:"
                + " memory per device and where a step's time goes, with the training time from the plan's split beside the"
                + " time in force (the fitted utilization, unless plan-mode is set).")
class PlanCommand extends ComputeCommand {
    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to plan, comma-separated, or 'all' (default: all that plan: the absolute backends).")
    List<String> backends = new ArrayList<>();

    /** One backend's plan in force and the time its step split gives. */
    record Planned(Estimate estimate, Estimate splitTime, String splitProblem) {
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        List<Planned> planned = new ArrayList<>();
        List<String> notes = new ArrayList<>(evaluation.notes());
        List<String> infeasible = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        boolean all = backends.isEmpty() || backends.contains("all");
        for (LoadedBackend b : ctx.select(backends)) {
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
        Output.emit(PlanView.report(planned, infeasible, failures, notes, scenario, workload), common, spec.commandLine().getOut());
        return ExitCodes.forResults(!planned.isEmpty(), failures, infeasible, "no selected backend has a plan: "
                + String.join("; ", infeasible.isEmpty() ? List.of("none of them plans (only the absolute backends do)")
                : infeasible));
    }
}
