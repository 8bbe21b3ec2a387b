package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "levers", mixinStandardHelpOptions = true,
        description = "faraboschi2024barriers' evolutionary levers (Table 2, sections 3.1-3.7) with their settings and sources, and"
                + " what each does to a training run, alone and stacked (default: every lever with a default; --lever picks).")
class LeversCommand extends ComputeCommand {
    @Option(names = {"-b", "--backend"}, paramLabel = "ID",
            description = "The one backend to measure the levers on (default: the scenario's baseline).")
    String backend;

    /** Without -b, only the baseline, which a --set may always change. */
    @Override
    List<String> backendsRun() {
        return backend == null ? List.of(UnusedSets.BASELINE_ONLY) : List.of(backend);
    }

    /** One backend: a list was looked up as one id ("no backend 'gpu-h100,gpu-b200' is loaded"). */
    @Override
    Inputs inputs() {
        if (backend != null && backend.contains(",")) {
            throw new InputException("-b " + backend + ": levers measures one backend at a time; give one id (rank --lever"
                    + " compares backends with levers)");
        }
        return super.inputs();
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Output.emit(LeversView.report(LeverRuns.study(ctx, scenario, workloadWithoutLevers, backend)), common,
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
