package dev.cambrian.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTablesTest {
    @Test
    void everyCellIsEscapedAndEveryTableShown() {
        Report report = new Report(List.of(new Table("Ranked <b>", List.of("backend", "time"),
                List.of(List.of("<script>alert(1)</script>", "451 d (380-520)"))), new Table("Second", List.of("x"),
                List.of(List.of("1")))), List.of("note & <i>"), Map.of());
        String html = Renderer.render(report, Format.HTML);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;script&gt;").contains("<td>451 d (380-520)</td>").contains("<h2>Second</h2>")
                .contains("default-src 'none'");
    }

    @Test
    void anUntitledTableGetsThePagesDefaultTitle() {
        // a sweep writes one table without a title: --format html used to end on a NullPointerException
        Report report = new Report(List.of(new Table(null, List.of("point", "time_s"), List.of(List.of("0", "8.15E7")))),
                List.of(), Map.of());
        assertThat(Renderer.render(report, Format.HTML)).contains("<title>Cambrian</title>").contains("<td>8.15E7</td>");
    }
}
