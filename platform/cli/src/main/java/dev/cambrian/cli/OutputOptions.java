package dev.cambrian.cli;

import dev.cambrian.cli.output.Format;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: what format, where to, how much to say on an error. */
public class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, json, csv, markdown, jsonl (JSON lines: the rows of the table csv would write, one object per line), html (default: ${DEFAULT-VALUE}).",
            converter = FormatConverter.class)
    public Format format = Format.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE instead of standard output: a regular file is replaced atomically"
                    + " (whole or not at all; a symlink stays one), a device or FIFO written through, '-' is standard output.")
    public Path output;

    @Option(names = "--table", paramLabel = "NAME",
            description = "With --format csv or jsonl: which table the file holds, one per file (default: the first; an unknown"
                    + " name lists the accepted ones).")
    public String table;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    public boolean debug;

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
                    "unknown format '" + value + "'; accepted: " + String.join(", ", Format.ids()));
        }
    }
}
