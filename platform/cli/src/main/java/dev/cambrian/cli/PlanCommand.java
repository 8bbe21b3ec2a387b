package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.scenario.Scenario;
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

    @Override
    List<String> backendsRun() {
        return backends;
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        // 'all' plans only the absolute backends: --set photonic.units=5 was accepted and used nowhere
        ScenarioLoader.firstSet(scenario, (backend, parameter) -> !backend.equals(Scenario.ALL_BACKENDS)
                && !backend.equals(scenario.baseline()) && ctx.plugins.backend(backend)
                        .filter(b -> b.parameters().parameter(dev.cambrian.api.absolute.AbsoluteParameters.PLAN_MODE).isEmpty())
                        .isPresent()).ifPresent(unused -> {
                            throw new dev.cambrian.engine.InputException(unused[1] + ": " + unused[0] + " makes no parallel plan"
                                    + " (only the absolute backends do) and is not the baseline; this value would not be used");
                        });
        Plans.Result result = Plans.plan(ctx, scenario, workload, backends);
        // a run with no plan (exit 1) leaves an -o file as it was, as estimate and rank do
        Output.emitIfAny(!result.planned().isEmpty(), PlanView.report(result, scenario, workload), common, spec.commandLine().getOut());
        return Plans.exitCode(result);
    }
}
