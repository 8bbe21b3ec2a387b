package dev.cambrian.cli.output;

import java.util.List;

/** Turns a {@link Report} into text in one of the formats. */
public final class Renderer {
    private Renderer() {
    }

    public static String render(Report report, Format format) {
        return render(report, format, null);
    }

    /** The same, with the table a CSV holds (by name; null for the first). */
    public static String render(Report report, Format format, String csvTable) {
        return switch (format) {
            case JSON -> json(report);
            case CSV -> Csv.of(printable(report), csvTable);
            case MARKDOWN -> markdown(printable(report));
            case HTML -> HtmlTables.of(report);
            case TABLE -> table(printable(report));
            case JSONL -> jsonLines(report, csvTable);
        };
    }

    /**
     * The report with every text a plugin may have written (names, device kinds, warnings in the notes) made printable
     * for the formats a terminal shows as they are: a backend name with a line break added a forged row to the table,
     * and one with an escape sequence cleared the screen. JSON and HTML escape them already.
     */
    static Report printable(Report r) {
        java.util.function.UnaryOperator<String> p = dev.cambrian.host.Printable::of;
        List<Table> tables = r.tables().stream().map(t -> new Table(p.apply(t.title()), t.columns().stream().map(p).toList(),
                t.rows().stream().map(row -> row.stream().map(p).toList()).toList())).toList();
        List<DataTable> data = r.data().stream().map(d -> new DataTable(d.name(), d.columns(), d.rows().stream()
                .map(row -> row.stream().map(v -> v instanceof String text ? (Object) p.apply(text) : v).toList()).toList()))
                .toList();
        return new Report(tables, r.notes().stream().map(p).toList(), r.json(), data);
    }

    static String json(Report report) {
        return JsonTree.pretty(report.json()) + "\n";
    }

    /**
     * One compact JSON object per line: the rows of the tidy table a CSV would hold ({@code --table}), each an object
     * keyed by the column names, a number that is not finite as null (the CSV's empty cell); without tidy tables, the
     * elements of the document's {@code rows} list (sweep), else a table as people read it; a report with no table at
     * all gives its document on one line.
     */
    static String jsonLines(Report report, String tableOrNull) {
        StringBuilder out = new StringBuilder();
        int index = Csv.index(report, tableOrNull); // a --table the report has not is refused, as csv refuses it
        Object rows = report.json().get("rows");
        if (report.data().isEmpty() && rows instanceof List<?> list) { // sweep: its rows are its one table
            for (Object row : list) {
                out.append(JsonTree.line(row)).append('\n');
            }
            return out.toString();
        }
        if (index < 0) {
            return JsonTree.line(report.json()) + "\n";
        }
        List<String> columns;
        List<? extends List<?>> cells;
        if (!report.data().isEmpty()) {
            columns = report.data().get(index).columns();
            cells = report.data().get(index).rows();
        } else {
            columns = report.tables().get(index).columns();
            cells = report.tables().get(index).rows();
        }
        for (List<?> row : cells) {
            java.util.Map<String, Object> object = new java.util.LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.get(c);
                object.put(columns.get(c), v instanceof Double d && !Double.isFinite(d) ? null : v);
            }
            out.append(JsonTree.line(object)).append('\n');
        }
        return out.toString();
    }

    static String table(Report report) {
        StringBuilder out = new StringBuilder();
        for (Table t : report.tables()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (t.title() != null && !t.title().isEmpty()) {
                out.append(t.title()).append('\n');
            }
            int[] width = new int[t.columns().size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = t.columns().get(c).length();
                for (List<String> row : t.rows()) {
                    width[c] = Math.max(width[c], row.get(c).length());
                }
            }
            line(out, t.columns(), width);
            StringBuilder rule = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
            }
            out.append(rule).append('\n');
            for (List<String> row : t.rows()) {
                line(out, row, width);
            }
        }
        if (!report.notes().isEmpty()) {
            out.append('\n');
            for (String note : report.notes()) {
                out.append(note).append('\n');
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                l.append("  ");
            }
            l.append(cells.get(c)).append(" ".repeat(width[c] - cells.get(c).length()));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    static String markdown(Report report) {
        StringBuilder out = new StringBuilder();
        for (Table t : report.tables()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (t.title() != null && !t.title().isEmpty()) {
                out.append("### ").append(md(t.title())).append("\n\n");
            }
            out.append("| ").append(String.join(" | ", t.columns().stream().map(Renderer::md).toList())).append(" |\n");
            out.append("|").append(" --- |".repeat(t.columns().size())).append('\n');
            for (List<String> row : t.rows()) {
                out.append("| ").append(String.join(" | ", row.stream().map(Renderer::md).toList())).append(" |\n");
            }
        }
        if (!report.notes().isEmpty()) {
            out.append('\n');
            for (String note : report.notes()) {
                out.append("- ").append(md(note)).append('\n');
            }
        }
        return out.toString();
    }

    /** Escapes text that came from users or plugins so it cannot break the Markdown structure. */
    static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n", " ").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
    }
}
