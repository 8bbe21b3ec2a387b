package dev.cambrian.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
    @Test
    void noStringCanCloseTheScriptElementOrOpenAComment() throws Exception {
        String hostile = "</script><script>alert(1)</script><!-- & ' \u2028";
        String json = ScriptJson.of(Map.of("name", hostile));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("'")
                .doesNotContain("\u2028");
        assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(hostile);
    }
}
