package dev.cambrian.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.util.Arrays;

/**
 * Whether a merged sweep has a point with a figure: its parts each exit 0 (a part of points without figures is still a
 * whole part), so the merge says what the single run would have, exit 1 when none has. Read from the rows' status
 * column, the same in csv and jsonl.
 */
final class SweepStatuses {
    private static final String STATUS = "status";

    private SweepStatuses() {
    }

    static boolean anyFigure(String format, String rows) {
        try {
            if (format.equals("csv")) {
                CsvMapper csv = new CsvMapper();
                csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                try (MappingIterator<String[]> it = csv.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(rows)) {
                    if (!it.hasNext()) {
                        return false;
                    }
                    int status = Arrays.asList(it.next()).indexOf(STATUS);
                    while (it.hasNext()) {
                        String[] row = it.next();
                        if (status >= 0 && status < row.length && row[status].equals(SweepRow.OK)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            ObjectMapper json = new ObjectMapper();
            for (String line : rows.split("\n")) {
                if (!line.isBlank() && SweepRow.OK.equals(json.readTree(line).path(STATUS).asText(null))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            throw new InputException("merge: the parts' rows cannot be read as " + format + ": " + e.getMessage());
        }
    }

    /** What a sweep without a figure says, from the run and from the merge of its parts alike. */
    static final String NONE = "no point of the sweep has a figure: each is infeasible or failed (the detail column says why)";
}
