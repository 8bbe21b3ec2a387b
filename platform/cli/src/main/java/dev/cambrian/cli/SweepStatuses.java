package dev.cambrian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a merged sweep has a point with a figure: its parts each exit 0 (a part of points without figures is still a
 * whole part), so the merge says what the single run would have, exit 1 when none has. Read from the rows' status
 * and valid-samples columns ({@link SweepRow#hasFigure}), the same in csv and jsonl.
 */
final class SweepStatuses {
    private static final String STATUS = "status";

    private SweepStatuses() {
    }

    /**
     * @param where the part the rows come from, named when they cannot be read; every row is read, so a part that is
     *              not whole is refused before the merge writes anything
     */
    static boolean anyFigure(String format, String rows, String where) {
        boolean found = false;
        try {
            if (format.equals("csv")) {
                CsvMapper csv = new CsvMapper();
                csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                try (MappingIterator<String[]> it = csv.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(rows)) {
                    List<String> header = it.hasNext() ? Arrays.asList(it.next()) : List.of();
                    int status = header.indexOf(STATUS);
                    int valid = header.indexOf(SweepRow.VALID_SAMPLES);
                    while (it.hasNext()) {
                        String[] row = it.next();
                        found |= hasFigure(cell(row, status), cell(row, valid));
                    }
                }
                return found;
            }
            ObjectMapper json = new ObjectMapper();
            for (String line : rows.split("\n")) {
                if (!line.isBlank()) {
                    JsonNode row = json.readTree(line);
                    found |= hasFigure(row.path(STATUS).asText(null), row.path(SweepRow.VALID_SAMPLES).asText(null));
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            throw new InputException(where + ": its rows cannot be read as " + format + ": " + e.getMessage());
        }
    }

    /** {@link SweepRow#hasFigure} from a row's cells (null: no such cell). */
    private static boolean hasFigure(String status, String validSamples) {
        return SweepRow.OK.equals(status) || validSamples != null && !validSamples.isEmpty() && !validSamples.equals("0");
    }

    private static String cell(String[] row, int column) {
        return column >= 0 && column < row.length ? row[column] : null;
    }

    /** What a sweep without a figure says, from the run and from the merge of its parts alike. */
    static final String NONE = "no point of the sweep has a figure: each is infeasible or failed (the detail column says why)";
}
