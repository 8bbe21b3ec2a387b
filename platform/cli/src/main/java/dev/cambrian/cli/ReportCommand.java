package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.chart.Page;
import dev.cambrian.cli.chart.ScriptJson;
import dev.cambrian.cli.output.Format;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page (works offline) with every chart for a workload and scenario:"
                + " rankings with ranges, Pareto, time to hero, cost projection, time vs system size, Monte Carlo, audit,"
                + " and the compounds given with --compose. --format json writes the charts' data instead.")
class ReportCommand extends ComputeCommand {
    @Mixin
    ReportOptions report;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        Analysis a = Analysis.run(ctx, scenario, workload, report);
        var data = ReportView.data(a, ReportCharts.of(a));
        String text = switch (common.format) {
            case TABLE -> Page.report(ReportView.title(a), data);
            case JSON -> ScriptJson.of(data) + "\n";
            default -> throw new InputException("--format " + common.format.name().toLowerCase(java.util.Locale.ROOT)
                    + ": report writes html (the default) or json");
        };
        Output.emit(text, common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The format flag is checked before anything is computed. */
    @Override
    Inputs inputs() {
        if (common.format != Format.TABLE && common.format != Format.JSON) {
            throw new InputException("--format " + common.format.name().toLowerCase(java.util.Locale.ROOT)
                    + ": report writes html (the default) or json");
        }
        return super.inputs();
    }
}
