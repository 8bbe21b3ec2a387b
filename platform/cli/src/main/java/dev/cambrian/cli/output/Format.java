package dev.cambrian.cli.output;

/** The output formats every command takes. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN,
    /** JSON lines: one compact object per row of the report's {@code rows} (sweep's tidy table). */
    JSONL,
    /** One self-contained HTML page of the report's tables (the report command: its charts). */
    HTML
}
