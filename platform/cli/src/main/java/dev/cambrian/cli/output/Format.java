package dev.cambrian.cli.output;

/** The output formats every command takes. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN, HTML
}
