package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Suggestions;
import dev.cambrian.host.sandbox.Sandbox;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to one line on stderr and a documented exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream err = System.err; // the host's own; plugins' prints reach it through the sandbox, prefixed
        PrintStream out = Sandbox.install();
        if (!Sandbox.contained()) {
            // a Java without a security manager (24+, or one disallowed by CAMBRIAN_JAVA_OPTS): say what is not guarded
            System.err.println("warning: this Java allows no security manager, so a plugin's System.exit or Runtime.halt"
                    + " cannot be refused (its printing is still kept off standard output)");
        }
        PrintWriter errors = new PrintWriter(err, true);
        Interruption.watch(errors);
        int code;
        try {
            code = run(args, new PrintWriter(out, true), errors);
        } finally {
            Interruption.settle(); // an Error escaping the command is its own failure, not an interruption
        }
        Sandbox.exit(code);
    }

    /** An unknown command or option, with the closest names the command has ("rnak": did you mean 'rank'?). */
    static String unmatchedLine(CommandLine.UnmatchedArgumentException e) {
        String typed = e.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> options = spec.options().stream().flatMap(o -> Arrays.stream(o.names())).toList();
            return "unknown option '" + name + "'" + Suggestions.didYouMean(name, options);
        }
        if (!spec.subcommands().isEmpty()) {
            return "unknown command '" + typed + "'" + Suggestions.didYouMean(typed, spec.subcommands().keySet())
                    + "; commands: " + String.join(", ", spec.subcommands().keySet());
        }
        return "unexpected argument '" + typed + "' (" + spec.qualifiedName() + " takes "
                + (spec.positionalParameters().isEmpty() ? "none" : "no more") + ")";
    }

    /** Runs the command line with the given writers; what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = CambrianCommand.commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // whole numbers as --set takes them: scale --devices 1e5 was "'1e5' is not a long"
        CommandLine.ITypeConverter<Long> longs = t -> UsageErrors.wholeNumber(t, Long.MIN_VALUE, Long.MAX_VALUE, "long");
        CommandLine.ITypeConverter<Integer> ints = t -> (int) UsageErrors.wholeNumber(t, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
        cli.registerConverter(Long.class, longs).registerConverter(Long.TYPE, longs);
        cli.registerConverter(Integer.class, ints).registerConverter(Integer.TYPE, ints);
        cli.setParameterExceptionHandler((e, a) -> {
            String help = "see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
                err.println("error: " + unmatchedLine(unmatched) + " (" + help + ")");
            } else {
                err.println("error: " + UsageErrors.oneLine(e.getMessage()) + " (" + help + ")");
            }
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (Interruption.happened()) {
                // Ctrl-C or a kill: whatever failed after it failed for that reason (a stream closed under a write)
                Interruption.say(err);
                return ExitCodes.INTERRUPTED;
            }
            int code;
            if (e instanceof InputException || e instanceof OutputException) {
                code = ExitCodes.BAD_INPUT;
            } else if (e instanceof NothingValidException) {
                code = ExitCodes.NOTHING_VALID;
            } else if (e instanceof NoUsableBackendException) {
                code = ExitCodes.PLUGINS_FAILED;
            } else {
                code = ExitCodes.NOTHING_VALID;
                err.println("error: internal error: " + e + " (please report it; --debug shows where)");
                if (debug) {
                    e.printStackTrace(err);
                }
                err.flush();
                return code;
            }
            err.println("error: " + dev.cambrian.host.Printable.of(e.getMessage())); // it may carry a plugin's own message
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        cli.setExecutionStrategy(parsed -> {
            // every destination and --table are checked before the command runs: one it cannot write, or one it reads, writes nothing
            CommandLine.ParseResult command = parsed;
            boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
            while (command.hasSubcommand()) {
                command = command.subcommand();
                help |= command.isUsageHelpRequested() || command.isVersionHelpRequested();
            }
            if (!help) {
                try {
                    ListItems.check(command);
                    Destinations.check(command);
                    TableOption.check(command);
                } catch (InputException | OutputException e) {
                    throw new CommandLine.ExecutionException(command.commandSpec().commandLine(), e.getMessage(), e);
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        if (args.length == 0) {
            cli.usage(out);
            return ExitCodes.BAD_INPUT;
        }
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // One line, like every other failure: what happened, how much there was, what to do.
            err.println("error: out of memory (the JVM may use " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give it more with CAMBRIAN_JAVA_OPTS=-Xmx4g, or ask for less (fewer --samples or backends)");
            err.flush();
            return ExitCodes.NOTHING_VALID;
        }
    }
}
