package dev.cambrian.cli.chart;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page: the chart library and our chart code inlined, the data as JSON in a
 * script element, licences at the foot. Mustache HTML-escapes every value it fills in; the data is
 * {@link ScriptJson}. The page may fetch nothing (its Content-Security-Policy says so), except a
 * served page, which may ask its own server to recompute.
 */
public final class Page {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory().compile(new StringReader(Assets.template()), "page");

    private Page() {
    }

    /** A control of the served page: a named field and its choices. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** The report: title, and the data {@code cambrianDraw} takes (subtitle, charts, findings, notes). */
    public static String report(String title, Map<String, Object> data) {
        return render(title, data, null);
    }

    /** The served page: the controls' choices by field, and the first data to draw. */
    public static String served(String title, Map<String, Object> data, Map<String, List<Choice>> controls) {
        return render(title, data, controls);
    }

    private static String render(String title, Map<String, Object> data, Map<String, List<Choice>> controlsOrNull) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", title);
        scope.put("echarts", Assets.echarts());
        scope.put("charts", Assets.charts());
        scope.put("data", ScriptJson.of(data));
        scope.put("text", TextAlternative.of(data));
        scope.put("licences", Assets.licences());
        if (controlsOrNull != null) {
            scope.put("serve", Boolean.TRUE);
            scope.put("serveJs", Assets.serve());
            scope.put("workloads", controlsOrNull.get("workload"));
            scope.put("scenarios", controlsOrNull.get("scenario"));
            scope.put("backends", controlsOrNull.get("backend"));
            scope.put("levers", controlsOrNull.get("lever"));
        }
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, scope);
        return out.toString();
    }
}
