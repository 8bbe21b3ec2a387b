package dev.cambrian.cli.output;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.Map;

/** A report's tables and notes as one HTML page; Mustache escapes every cell, so no text can add markup. */
final class HtmlTables {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory().compile("dev/cambrian/cli/output/tables.mustache");

    private HtmlTables() {
    }

    static String of(Report report) {
        StringWriter out = new StringWriter();
        // the page's title is the first table's; an untitled one (a sweep's single table) leaves the name
        String title = report.tables().isEmpty() || report.tables().get(0).title() == null ? "Cambrian"
                : report.tables().get(0).title();
        TEMPLATE.execute(out, Map.of("title", title,
                "tables", report.tables().stream().map(t -> Map.of("title", t.title() == null ? "" : t.title(),
                        "columns", t.columns(), "rows", t.rows().stream().map(r -> Map.of("cells", r)).toList())).toList(),
                "notes", report.notes()));
        return out.toString();
    }
}
