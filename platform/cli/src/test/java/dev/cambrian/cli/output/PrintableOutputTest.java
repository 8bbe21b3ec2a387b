package dev.cambrian.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.host.PluginFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text a plugin wrote (a backend name, a warning, an exception message) reaches a terminal as one printable line: a line
 * break in a backend's name added a forged row, and an escape sequence cleared the screen.
 */
class PrintableOutputTest {
    private static final String HOSTILE = "evil\nerror: FORGED \u001b[2J\u0007";

    @Test
    void textFormatsWriteControlCharactersAsEscapes() {
        Report report = new Report(List.of(new Table("Estimates", List.of("backend", "time"), List.of(List.of(HOSTILE, "1 d")))),
                List.of("Warning: " + HOSTILE), Map.of("backend", HOSTILE),
                List.of(new DataTable("t", List.of("backend", "time_s"), List.of(List.of(HOSTILE, 1.0)))));
        for (Format f : List.of(Format.TABLE, Format.MARKDOWN, Format.CSV)) {
            String out = Renderer.render(report, f);
            assertThat(out).as(f.id()).contains("u000aerror: FORGED ").doesNotContain("\u001b").doesNotContain("\u0007");
            assertThat(out.lines()).as(f.id()).anyMatch(l -> l.contains("evil") && l.contains("FORGED"));
            assertThat(out.lines()).as(f.id()).noneMatch(l -> l.startsWith("error: FORGED"));
        }
        // JSON escapes them itself, and keeps the text as it was given
        assertThat(Renderer.render(report, Format.JSON)).contains("evil\\nerror: FORGED \\u001B[2J\\u0007");
    }

    @Test
    void bidirectionalOverridesAndUnicodeLineBreaksAreEscapedToo() {
        assertThat(dev.cambrian.host.Printable.of("gpu\u202eevil\u2028x\u2066y")).isEqualTo("gpu\\u202eevil\\u2028x\\u2066y");
        assertThat(dev.cambrian.host.Printable.of("H100 SXM 80GB, 1.5 TWh (±10%)")).isEqualTo("H100 SXM 80GB, 1.5 TWh (±10%)");
    }

    @Test
    void aPluginFailureIsOneLine() {
        PluginFailure f = new PluginFailure("evil", "evil-x", "estimate failed: IllegalStateException: " + HOSTILE, null);
        assertThat(f.describe()).doesNotContain("\n").doesNotContain("\u001b")
                .endsWith("evil\\u000aerror: FORGED \\u001b[2J\\u0007");
    }
}
