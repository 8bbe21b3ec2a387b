package dev.cambrian.cli;

import picocli.CommandLine.Command;

@Command(name = "cambrian", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the hardware foundation models could be trained on: GPU clusters and the technologies"
                + " that may replace or join them, each a plugin.",
        subcommands = {PluginsCommand.class, WorkloadsCommand.class, BackendsCommand.class, ScenariosCommand.class,
                EstimateCommand.class, RankCommand.class, ExplainCommand.class, AuditCommand.class, ComposeCommand.class, ScaleCommand.class, ProjectCommand.class,
                LeversCommand.class, UncertaintyCommand.class, SweepCommand.class, MergeCommand.class, ValidateCommand.class,
                PlanCommand.class, CompletionCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 nothing valid computed, 2 bad usage or input, 3 no usable backend (plugins failed)."})
class CambrianCommand {
}
