package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.RankKey;
import dev.cambrian.engine.estimate.Ranking;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.host.Evaluation;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rank", mixinStandardHelpOptions = true,
        description = "Rank backends on one workload by time, energy, cost, hero month or investment (smallest first;"
                + " ties by id).")
class RankCommand extends ComputeCommand {
    @Option(names = "--by", paramLabel = "KEY", defaultValue = "time",
            description = "time, energy, cost, hero or investment (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to rank, comma-separated, or 'all' (default: all).")
    List<String> backends = new ArrayList<>();

    @Option(names = "--deadline", paramLabel = "DAYS",
            description = "Size each backend to finish within DAYS before ranking.")
    Double deadlineDays;

    @Override
    int run(Context ctx, Scenario scenario, Workload workload) {
        RankKey key = RankKey.fromId(by);
        Evaluation.Outcome outcome = EstimateCommand.evaluate(ctx, scenario, workload, backends, deadlineDays);
        Output.emit(EstimateView.report(EstimateView.RANK_SCHEMA, key.id(), Ranking.rank(outcome.estimates(), key),
                outcome, scenario, workload, EstimateCommand.problems(ctx)), common, spec.commandLine().getOut());
        return EstimateCommand.exitCode(outcome);
    }
}
