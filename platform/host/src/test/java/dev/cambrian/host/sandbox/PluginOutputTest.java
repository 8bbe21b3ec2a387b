package dev.cambrian.host.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PluginOutputTest {
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final PrintStream routed = new PluginOutput(new PrintStream(terminal, true, StandardCharsets.UTF_8)).stream();

    private String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesGoOutWholeWithTheirWriterAndAPartialLineWhenClosed() {
        routed.println("one");
        routed.print("two, ");
        routed.print("three");
        routed.close();
        routed.println("after close");
        assertThat(terminal()).isEqualTo("[unattributed] one\n[unattributed] two, three\n[unattributed] after close\n");
    }

    @Test
    void aChattyWriterIsCutOffWithOneNote() {
        for (int i = 0; i < PluginOutput.MAX_LINES + 50; i++) {
            routed.println("line " + i);
        }
        assertThat(terminal().lines()).hasSize(PluginOutput.MAX_LINES + 1)
                .endsWith("[unattributed] (more output from this plugin dropped)");
    }

    @Test
    void anEndlessLineIsCut() {
        routed.print("x".repeat(PluginOutput.MAX_LINE_BYTES + 10));
        routed.close();
        assertThat(terminal().lines()).containsExactly("[unattributed] " + "x".repeat(PluginOutput.MAX_LINE_BYTES),
                "[unattributed] " + "x".repeat(10));
    }
}
