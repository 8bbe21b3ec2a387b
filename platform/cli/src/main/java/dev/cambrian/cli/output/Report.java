package dev.cambrian.cli.output;

import java.util.List;
import java.util.Map;

/**
 * What a command produces: tables and notes for people, a JSON document (a tree of maps and lists
 * with a {@code schema} key) for programs, and tidy tables of plain numbers for spreadsheets (CSV).
 * The renderers pick what their format needs.
 */
public record Report(List<Table> tables, List<String> notes, Map<String, Object> json, List<DataTable> data) {
    public Report {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        data = List.copyOf(data);
    }

    /** A report without tidy tables: its CSV is its first table's formatted cells. */
    public Report(List<Table> tables, List<String> notes, Map<String, Object> json) {
        this(tables, notes, json, List.of());
    }

    public Report withData(List<DataTable> tidy) {
        return new Report(tables, notes, json, tidy);
    }
}
