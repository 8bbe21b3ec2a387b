package dev.cambrian.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming writer gives the bytes the ObjectMapper every JSON output went through before gave. */
class JsonTreeTest {
    enum Kind { BARS, LINES }

    record Point(String category, double x, double y) {
    }

    record Chart(String id, Kind kind, boolean logX, List<Point> points, List<String> sources) {
    }

    private static Map<String, Object> document() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("zeta", 1); // insertion order, not sorted
        inner.put("alpha", 2L);
        inner.put("none", null);
        inner.put("shortest", 2.0972195165161942E17); // Java 17's Double.toString adds a digit
        inner.put("tiny", 1e-300);
        inner.put("nan", Double.NaN);
        inner.put("inf", Double.NEGATIVE_INFINITY);
        inner.put("columns", new double[] {1.5, 0.1 + 0.2, 3});
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "cambrian.test/v1");
        doc.put("text", "quote \" backslash \\ line\nbreak \u0001 </script> \u2028 ü");
        doc.put("empty", List.of());
        doc.put("emptyObject", Map.of());
        doc.put("flags", List.of(true, false));
        doc.put("inner", inner);
        doc.put("rows", List.of(List.of("a", 1.0, 2), Arrays.asList(null, -0.0, 123456789012L)));
        doc.put("chart", new Chart("rank", Kind.LINES, true, List.of(new Point("x", 1, 2.5), new Point(null, -1e21, 0)),
                List.of("src")));
        return doc;
    }

    @Test
    void prettyAndOneLineAreTheObjectMappersBytes() throws Exception {
        ObjectWriter pretty = new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .with(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
        ObjectWriter line = new ObjectMapper().writer().with(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
        Map<String, Object> doc = document();
        assertThat(JsonTree.pretty(doc)).isEqualTo(pretty.writeValueAsString(doc)).contains("2.0972195165161942E17");
        assertThat(JsonTree.line(doc)).isEqualTo(line.writeValueAsString(doc));
    }

    @Test
    void aValueWithNoJsonFormIsRefused() {
        assertThatThrownBy(() -> JsonTree.line(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no JSON form for a java.lang.Object");
        assertThatThrownBy(() -> JsonTree.line(Map.of(1, "x"))).hasMessageContaining("key must be text");
    }
}
