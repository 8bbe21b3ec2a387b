package dev.cambrian.cli;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.Derivation;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.compose.Composer;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compose", mixinStandardHelpOptions = true,
        description = "Compose two or more backends (photonic+analog-topology): each operation class runs on the member"
                + " that runs it best, the rest on the baseline; shows the naive product of their factors beside it.")
class ComposeCommand extends FootprintCommand {
    @Parameters(paramLabel = "A+B[+C...]", description = "Backend ids joined with '+'.")
    String members;

    @Option(names = "--assign", paramLabel = "CLASS=ID", split = ",",
            description = "Pin an operation class to a member or the baseline, e.g. --assign attention=gpu-h100."
                    + " Classes: dense-matmul, attention, element-wise, optimizer, communication.")
    List<String> assign = new ArrayList<>();

    @Option(names = "--integration-months", paramLabel = "MONTHS", defaultValue = "6",
            description = "Integration phase after the members' programmes, 0 to 600 (default: ${DEFAULT-VALUE}; grok2025althw's are"
                    + " ~6 months).")
    double integrationMonths;

    /** The integration phase a compound may take: a programme phase ({@link Bounds#phaseMonths()}, 0 to 50 years). */
    private static final Bounds INTEGRATION_MONTHS = Bounds.phaseMonths();

    @Override
    List<String> backendsRun() {
        return List.of(members);
    }

    /** The integration phase is checked before any plugin runs. */
    @Override
    Inputs inputs() {
        if (!INTEGRATION_MONTHS.contains(integrationMonths)) {
            throw new InputException("--integration-months: must be from 0 to " + Quantities.number(INTEGRATION_MONTHS.max())
                    + " months (" + Quantities.number(INTEGRATION_MONTHS.max() / 12) + " years), got " + Quantities.number(integrationMonths));
        }
        return super.inputs();
    }

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Output.emit(CompoundView.report(Compounds.compound(ctx, ctx.evaluation(scenario, workload), scenario, workload, members,
                Compounds.pins(assign), integrationMonths), scenario, workload), common,
                spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
