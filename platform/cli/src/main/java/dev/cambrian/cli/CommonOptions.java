package dev.cambrian.cli;

import dev.cambrian.cli.output.Format;
import dev.cambrian.engine.InputException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, json, csv, markdown, jsonl (JSON lines: the rows one per line), html (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    public Format format = Format.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE instead of standard output: a regular file is replaced atomically"
                    + " (whole or not at all; a symlink stays one), a device or FIFO written through, '-' is standard output.")
    public Path output;

    @Option(names = "--table", paramLabel = "NAME",
            description = "With --format csv: which table the file holds, one per file (default: the first; an unknown"
                    + " name lists the accepted ones).")
    public String table;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Plugins folder (default: the distribution's plugins/, or $CAMBRIAN_PLUGINS).")
    public Path plugins;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Longest a plugin call may take before it is reported as hung (default: ${DEFAULT-VALUE} ms).")
    public long timeoutMs;

    @Option(names = "--verify-plugins",
            description = "Insist on a plugins.lock in the plugins folder (one that is there is always in force: only the"
                    + " jars it lists load, unchanged, with what their Class-Path loads). Write it with 'cambrian plugins --lock'.")
    public boolean verifyPlugins;

    @Option(names = "--strict", description = "Exit with code 3 when any plugin failed, even if the others gave a result"
            + " (for CI).")
    public boolean strict;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    public boolean debug;

    /** Resolves the plugins folder: flag, then environment, then the launcher's property, then ./plugins. */
    public Path pluginsDir() {
        if (plugins != null) {
            return plugins;
        }
        String env = System.getenv("CAMBRIAN_PLUGINS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String property = System.getProperty("cambrian.plugins");
        return Path.of(property != null ? property : "plugins");
    }

    /** Picocli converter with the accepted values in its error. */
    public static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; accepted: table, json, csv, markdown, jsonl, html");
        }
    }

    /** The plugin-call time limit, checked before a command does anything (such as writing a lock). */
    public Duration timeout() {
        if (timeoutMs <= 0) {
            throw new InputException("--timeout-ms: must be positive, got " + timeoutMs);
        }
        return Duration.ofMillis(timeoutMs);
    }
}
