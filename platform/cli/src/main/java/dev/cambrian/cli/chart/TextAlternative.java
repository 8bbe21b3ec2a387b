package dev.cambrian.cli.chart;

import dev.cambrian.cli.output.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The page's figures as plain tables, for a reader whose browser runs no JavaScript (the page draws its charts with
 * it): each chart's data in the columns its kind draws ({@link Chart.Point}), in the axes' units, then the audit
 * findings and the notes. The page puts them in a noscript element.
 */
final class TextAlternative {
    private static final List<String> FINDING_COLUMNS = List.of("severity", "subject", "check", "claim", "numbers", "source");

    private TextAlternative() {
    }

    /** A table: its heading, what it is for, its columns and rows of text, its sources. */
    record Section(String title, String subtitle, List<String> columns, List<Row> rows, List<String> sources) {
        /** Whether it names sources (the findings carry theirs in a column). */
        boolean cited() {
            return !sources.isEmpty();
        }
    }

    /** One row's cells. */
    record Row(List<String> cells) {
    }

    /** The sections of a report's data (subtitle, charts, findings, notes) as the page's template reads them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> data) {
        List<Section> sections = new ArrayList<>();
        for (Chart c : (List<Chart>) data.get("charts")) {
            sections.add(chart(c));
        }
        List<Row> findings = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) data.get("findings")) {
            findings.add(new Row(FINDING_COLUMNS.stream().map(k -> String.valueOf(f.get(k))).toList()));
        }
        sections.add(new Section("Audit findings (" + findings.size() + ")", "", FINDING_COLUMNS, findings, List.of()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subtitle", data.get("subtitle"));
        out.put("sections", sections);
        out.put("notes", data.get("notes"));
        return out;
    }

    private static Section chart(Chart c) {
        String x = c.xAxis();
        String y = c.yAxis();
        return switch (c.kind()) {
            case BARS_WITH_RANGE -> table(c, List.of("", y + ", nominal", "low", "high"),
                    p -> List.of(p.category(), n(p.y()), n(p.low()), n(p.high())));
            // the bubble's size too: the title says what its area is (energy on the Pareto chart)
            case SCATTER -> table(c, List.of("", x, y, c.id().equals("pareto") ? "energy (GWh), the bubble area" : "bubble area"),
                    p -> List.of(p.category(), n(p.x()), n(p.y()), n(p.size())));
            case GANTT -> table(c, List.of("", x + ", from", "to"), p -> List.of(p.category(), n(p.low()), n(p.high())));
            case LINES -> table(c, List.of(x, y), p -> List.of(n(p.x()), n(p.y())));
            case DISTRIBUTION -> table(c, List.of("", y + ", min", "P10", "P50", "P90", "max"),
                    p -> List.of(p.category(), n(p.low()), n(p.y()), n(p.x()), n(p.size()), n(p.high())));
            case STACKED_BARS -> table(c, List.of("", y), p -> List.of(p.category(), n(p.y())));
        };
    }

    /** One row per point, led by its series' name when the chart has more than one series. */
    private static Section table(Chart c, List<String> columns, Function<Chart.Point, List<String>> cells) {
        boolean named = c.series().size() > 1;
        List<Row> rows = new ArrayList<>();
        for (Chart.Series s : c.series()) {
            for (Chart.Point p : s.points()) {
                List<String> row = new ArrayList<>();
                if (named) {
                    row.add(s.name());
                }
                row.addAll(cells.apply(p).stream().map(v -> v == null ? "" : v).toList());
                rows.add(new Row(row));
            }
        }
        List<String> heads = new ArrayList<>();
        if (named) {
            heads.add("series");
        }
        heads.addAll(columns);
        // the marked lines (the projection's crossing years) as the chart labels them
        String marks = c.marks().stream().map(Chart.Mark::label).collect(java.util.stream.Collectors.joining("; "));
        return new Section(c.title(), c.subtitle() + (marks.isEmpty() ? "" : ". Marked: " + marks), heads, rows, c.sources());
    }

    private static String n(double v) {
        return Quantities.number(v);
    }
}
