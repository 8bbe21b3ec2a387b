package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A command's tidy CSV read back as a spreadsheet would: a header, then rows of cells by column name. */
record TidyCsv(List<String> header, List<Map<String, String>> rows) {
    static TidyCsv read(String csv) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(csv)) {
            List<Map<String, String>> rows = it.readAll();
            List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
            return new TidyCsv(header, rows);
        }
    }

    /** The cell as a number; fails naming the row and column when it is empty or not a plain number. */
    static double number(Map<String, String> row, String column) {
        String cell = row.get(column);
        assertThat(cell).as(column + " in " + row).isNotNull().isNotEmpty();
        try {
            double d = Double.parseDouble(cell);
            assertThat(Double.isFinite(d)).as(column + " = " + cell).isTrue();
            return d;
        } catch (NumberFormatException e) {
            throw new AssertionError(column + ": '" + cell + "' is not a number in " + row, e);
        }
    }
}
