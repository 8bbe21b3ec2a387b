package dev.cambrian.cli.output;

import java.util.List;

/** A titled table of already-formatted cells, for the table, CSV and Markdown renderers. */
public record Table(String title, List<String> columns, List<List<String>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
