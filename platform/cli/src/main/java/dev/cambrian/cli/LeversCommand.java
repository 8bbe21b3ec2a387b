package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "levers", mixinStandardHelpOptions = true,
        description = "faraboschi2024barriers' evolutionary levers (Table 2, sections 3.1-3.7) with their settings and sources, and"
                + " what each does to a training run, alone and stacked (default: every lever with a default; --lever picks).")
class LeversCommand extends ComputeCommand {
    @Option(names = {"-b", "--backend"}, paramLabel = "ID",
            description = "Backend to measure the levers on (default: the scenario's baseline).")
    String backend;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Output.emit(LeversView.report(LeverRuns.study(ctx, scenario, workloadWithoutLevers, backend)), common,
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
