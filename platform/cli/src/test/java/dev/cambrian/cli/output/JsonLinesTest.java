package dev.cambrian.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    @Test
    void aReportWithRowsGivesOneCompactObjectPerRowAndOneWithoutGivesTheDocumentOnOneLine() {
        Map<String, Object> row1 = new LinkedHashMap<>();
        row1.put("point", 0);
        row1.put("cost_usd", 1.5e7);
        Map<String, Object> row2 = new LinkedHashMap<>();
        row2.put("point", 1);
        row2.put("cost_usd", null);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "x/v1");
        doc.put("rows", List.of(row1, row2));
        assertThat(Renderer.render(new Report(List.of(), List.of(), doc), Format.JSONL))
                .isEqualTo("{\"point\":0,\"cost_usd\":1.5E7}\n{\"point\":1,\"cost_usd\":null}\n");
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("schema", "y/v1");
        plain.put("results", List.of(1, 2));
        assertThat(Renderer.render(new Report(List.of(), List.of(), plain), Format.JSONL))
                .isEqualTo("{\"schema\":\"y/v1\",\"results\":[1,2]}\n");
    }

    @Test
    void aReportWithTidyTablesGivesTheRowsOfTheTableACsvWouldHold() {
        // estimate, rank, uncertainty ... wrote their whole document on one line: one line, not JSON lines
        DataTable results = new DataTable("results", List.of("backend", "time_nominal_s", "pareto_front"),
                List.of(java.util.Arrays.asList("gpu-h100", 16448.78, true), java.util.Arrays.asList("photonic", Double.NaN, false)));
        DataTable ranks = new DataTable("ranks", List.of("backend", "rank"), List.of(List.of("gpu-h100", 1)));
        Report report = new Report(List.of(), List.of(), Map.of("schema", "z/v1"), List.of(results, ranks));
        assertThat(Renderer.render(report, Format.JSONL, null)).isEqualTo(
                "{\"backend\":\"gpu-h100\",\"time_nominal_s\":16448.78,\"pareto_front\":true}\n"
                        + "{\"backend\":\"photonic\",\"time_nominal_s\":null,\"pareto_front\":false}\n");
        assertThat(Renderer.render(report, Format.JSONL, "ranks")).isEqualTo("{\"backend\":\"gpu-h100\",\"rank\":1}\n");
        // a document with rows and tidy tables (scale) writes the tidy table, and a --table it has not is refused
        Report both = new Report(List.of(), List.of(), Map.of("rows", List.of(Map.of("devices", 1))), List.of(ranks));
        assertThat(Renderer.render(both, Format.JSONL, null)).isEqualTo("{\"backend\":\"gpu-h100\",\"rank\":1}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Renderer.render(both, Format.JSONL, "nope"))
                .hasMessageStartingWith("--table: no table 'nope' in this output; accepted: ranks");
    }
}
