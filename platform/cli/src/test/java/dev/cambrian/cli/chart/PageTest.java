package dev.cambrian.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cambrian.cli.chart.Chart.Kind;
import dev.cambrian.cli.chart.Chart.Point;
import dev.cambrian.cli.chart.Chart.Series;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final String HOSTILE = "</script><img src=x onerror=alert(1)>";
    private static final Chart CHART = new Chart("rank-time", Kind.BARS_WITH_RANGE, "Ranking " + HOSTILE, "scenario " + HOSTILE,
            "backend", "training time (days)", false, false, List.of(new Series("t", List.of(Point.bar(HOSTILE, 1, 2, 3)))),
            List.of(), List.of("source " + HOSTILE));

    private static String page() {
        return Page.report("Report " + HOSTILE, Map.of("subtitle", HOSTILE, "charts", List.of(CHART), "findings", List.of(),
                "notes", List.of(HOSTILE)));
    }

    @Test
    void everyUserStringIsEscapedAndTheDataReadsBack() throws Exception {
        String html = page();
        assertThat(html).doesNotContain("<img src=x").contains("<title>Report &lt;/script&gt;&lt;img src");
        // the page's own scripts only: ECharts, our chart code, the data, the call that draws it
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(4);
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"cambrian-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(data.find()).isTrue();
        JsonNode json = new ObjectMapper().readTree(data.group(1));
        assertThat(json.get("charts").get(0).get("series").get(0).get("points").get(0).get("category").asText()).isEqualTo(HOSTILE);
        assertThat(json.get("charts").get(0).get("kind").asText()).isEqualTo("BARS_WITH_RANGE");
    }

    @Test
    void thePageIsSelfContainedAndForbidsFetching() {
        String html = page();
        assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContain("<link")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .doesNotContain("connect-src"); // only the served page may call its server
        assertThat(html).contains("Apache ECharts " + Assets.ECHARTS_VERSION).contains("Apache License")
                .contains("echarts.init");
    }

    @Test
    void theServedPageHasItsControlsAndMayAskOnlyItsOwnServer() {
        String html = Page.served("Cambrian", Map.of("subtitle", "s", "charts", List.of(), "findings", List.of(), "notes",
                List.of()), Map.of("workload", List.of(new Page.Choice("gpt-3", "gpt-3 " + HOSTILE, true)), "scenario",
                List.of(), "backend", List.of(new Page.Choice("gpu-h100", "gpu-h100", false)), "lever", List.of()));
        assertThat(html).contains("connect-src 'self'").contains("<option value=\"gpt-3\" selected>")
                .contains("name=\"backend\" value=\"gpu-h100\"").doesNotContain("<img src=x").contains("api/report");
    }
    @Test
    void withoutJavaScriptThePageShowsEachChartsFiguresAsATable() {
        Chart dist = new Chart("mc-time", Kind.DISTRIBUTION, "Monte Carlo", "s", "backend", "time (days)", false, false,
                List.of(new Series("a", List.of(new Point("gpu-h100", 150, 120, 100, 400, 250)))), List.of(), List.of());
        String html = Page.report("R", Map.of("subtitle", "GPT-3", "charts", List.of(CHART, dist), "findings",
                List.of(Map.of("severity", "major", "subject", "photonic", "check", "c", "claim", "100x", "numbers", "n",
                        "source", "src")), "notes", List.of("a note")));
        String text = html.substring(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
        assertThat(text).contains("<th>training time (days), nominal</th><th>low</th><th>high</th>")
                .contains("<td>&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;</td><td>2</td><td>1</td><td>3</td>")
                .contains("<th>time (days), min</th><th>P10</th><th>P50</th><th>P90</th><th>max</th>")
                .contains("<td>gpu-h100</td><td>100</td><td>120</td><td>150</td><td>250</td><td>400</td>")
                .contains("<h2>Audit findings (1)</h2>").contains("<td>major</td><td>photonic</td>")
                .contains("<li>a note</li>").contains("<li>source &lt;/script&gt;");
    }
}
