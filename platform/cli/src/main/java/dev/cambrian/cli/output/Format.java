package dev.cambrian.cli.output;

/** The output formats every command takes. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN,
    /** JSON lines: one compact object per row of the report's {@code rows} (sweep's), else of the table a CSV holds. */
    JSONL,
    /** One self-contained HTML page of the report's tables (the report command: its charts). */
    HTML;

    /** The name the --format flag takes. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every format's id, in declaration order: what --format accepts. */
    public static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(Format::id).toList();
    }
}
