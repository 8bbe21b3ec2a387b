package dev.cambrian.cli.output;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV for spreadsheets (RFC 4180): one table per file. A report's tidy tables are chosen by name
 * ({@code --table}); a report without them gives one of its tables, by number. Text that a
 * spreadsheet would run as a formula is neutralised; numbers are written plainly.
 */
public final class Csv {
    private Csv() {
    }

    /** The tables --table accepts for this report. */
    public static List<String> names(Report report) {
        if (!report.data().isEmpty()) {
            return report.data().stream().map(DataTable::name).toList();
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= report.tables().size(); i++) {
            names.add(String.valueOf(i));
        }
        return names;
    }

    /**
     * Which of {@link #names} a file holds: {@code --table}'s, else the first; -1 when the report has no table.
     *
     * @throws dev.cambrian.engine.InputException for a name the report has not, listing those it has
     */
    static int index(Report report, String tableOrNull) {
        List<String> names = names(report);
        if (names.isEmpty()) {
            return -1;
        }
        String name = tableOrNull == null ? names.get(0) : tableOrNull;
        requireTable(name, names);
        return names.indexOf(name);
    }

    /** @throws dev.cambrian.engine.InputException when {@code name} is not one of {@code names}, listing them */
    public static void requireTable(String name, List<String> names) {
        if (!names.contains(name)) {
            throw new dev.cambrian.engine.InputException("--table: no table '" + name + "' in this output; accepted: "
                    + String.join(", ", names));
        }
    }

    static String of(Report report, String tableOrNull) {
        int index = index(report, tableOrNull);
        if (index < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (!report.data().isEmpty()) {
            DataTable t = report.data().get(index);
            line(out, new ArrayList<>(t.columns()));
            for (List<Object> row : t.rows()) {
                line(out, row);
            }
        } else {
            Table t = report.tables().get(index);
            line(out, new ArrayList<>(t.columns()));
            for (List<String> row : t.rows()) {
                line(out, new ArrayList<>(row));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? number(d) : "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString().toLowerCase(Locale.ROOT);
        }
        return quoted(neutralised(value.toString()));
    }

    /**
     * Shortest text that reads back as the same double, without exponent for everyday magnitudes. Java 17's
     * Double.toString is not always the shortest (2.09721951651619424E17 for 2.0972195165161942E17, JDK-4511638, mended
     * in Java 19): Jackson's Schubfach writer is.
     */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        double a = Math.abs(d);
        String shortest = NumberOutput.toString(d, true);
        return a >= 1e-3 && a < 1e15 ? new java.math.BigDecimal(shortest).toPlainString() : shortest;
    }

    /** A text cell starting with = + - @ tab or CR is run as a formula by spreadsheets: a leading ' keeps it text. */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** A plain number written as text (a table's cell): a spreadsheet reads it as the number it is. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
