package dev.cambrian.cli.output;

import java.util.List;

/**
 * A tidy table for spreadsheets: one row per backend (or year, or size), plain numbers in SI units
 * with the unit in the column name ({@code time_nominal_s}), low/nominal/high as separate columns.
 * Cells are Numbers, Booleans or Strings; a null is an empty cell.
 */
public record DataTable(String name, List<String> columns, List<List<Object>> rows) {
    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
