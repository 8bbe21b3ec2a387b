package dev.cambrian.cli.output;

import java.util.List;
import java.util.Map;

/**
 * What a command produces: tables and notes for people, and a JSON document (a tree of maps and
 * lists with a {@code schema} key) for programs. The renderers pick what their format needs.
 */
public record Report(List<Table> tables, List<String> notes, Map<String, Object> json) {
    public Report {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
