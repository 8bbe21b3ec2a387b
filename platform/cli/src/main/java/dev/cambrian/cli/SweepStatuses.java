package dev.cambrian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
                try (CsvRows it = CsvRows.of(new java.io.StringReader(rows))) {
                    String[] first = it.next();
                    List<String> header = first == null ? List.of() : Arrays.asList(first);
                    int status = header.indexOf(STATUS);
                    int valid = header.indexOf(SweepRow.VALID_SAMPLES);
                    for (String[] row = it.next(); row != null; row = it.next()) {
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
