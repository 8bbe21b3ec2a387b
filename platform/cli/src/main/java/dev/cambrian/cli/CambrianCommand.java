package dev.cambrian.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "cambrian", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare the hardware foundation models could be trained on: GPU clusters and the technologies"
                + " that may replace or join them, each a plugin.",
        footer = {"", "Exit codes: 0 ok, 1 nothing valid computed, 2 bad usage or input, 3 no usable backend (plugins failed), 130 interrupted (Ctrl-C; 143 for a kill)."})
final class CambrianCommand {
    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(PluginsCommand.class, WorkloadsCommand.class, BackendsCommand.class,
            ScenariosCommand.class, EstimateCommand.class, RankCommand.class, ExplainCommand.class, AuditCommand.class,
            ComposeCommand.class, ReportCommand.class, ServeCommand.class, ScaleCommand.class, ProjectCommand.class,
            LeversCommand.class, UncertaintyCommand.class, SweepCommand.class, MergeCommand.class, ValidateCommand.class,
            PlanCommand.class, CompletionCommand.class, NewPluginCommand.class);

    /**
     * The command line for {@code args}: with only the command they name when they start with one, else with every
     * command (the help, an unknown name's suggestions). Picocli builds a command's model from its annotations when
     * it is added, about 0.3 s for all of them on a cold JVM: most of a short command's start.
     */
    static CommandLine commandLine(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        CommandLine cli = new CommandLine(new CambrianCommand());
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return cli; // the version alone reads no command
        }
        List<Class<?>> named = COMMANDS.stream().filter(c -> name(c).equals(first)).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(cli::addSubcommand);
        // every command's -V offers the version: without a provider of its own it printed nothing, exit 0
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
        // the shared output options say what each command writes: report's help said "default: table", which it refuses
        cli.getSubcommands().values().forEach(sub -> {
            if (sub.getCommand() instanceof OwnOutputOptions own) {
                own.tailor(sub.getCommandSpec());
            }
        });
        return cli;
    }

    /** The command line with every command (the completion script reads the whole tree). */
    static CommandLine whole() {
        return commandLine(new String[0]);
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
