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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate time, energy, devices, cost and time to hero for backends on one workload.")
class EstimateCommand extends FootprintCommand {
    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to estimate, comma-separated, or 'all' (default: all).")
    List<String> backends = new ArrayList<>();

    @Override
    List<String> backendsRun() {
        return backends;
    }

    @Option(names = "--deadline", paramLabel = "DAYS",
            description = "Solve for the fewest devices that finish within DAYS (backends with a device-count parameter).")
    Double deadlineDays;

    /** A device count --deadline would replace is refused before any plugin runs. */
    @Override
    Inputs inputs() {
        Inputs in = super.inputs();
        if (deadlineDays != null) {
            Estimations.checkDeadline(deadlineDays, in.scenario(), backends);
        }
        return in;
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Evaluation.Outcome outcome = Estimations.evaluate(ctx, scenario, workload, backends, deadlineDays);
        Output.emitIfAny(!outcome.estimates().isEmpty(), EstimateView.report(EstimateView.ESTIMATE_SCHEMA, null, outcome.estimates(), outcome, scenario,
                workload, Estimations.problems(ctx)), common, spec.commandLine().getOut());
        return Estimations.exitCode(ctx, outcome);
    }

}
