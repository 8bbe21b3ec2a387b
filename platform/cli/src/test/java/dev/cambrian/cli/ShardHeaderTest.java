package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.shard.Shard;
import org.junit.jupiter.api.Test;

class ShardHeaderTest {
    @Test
    void theHeaderLineReadsBackAsWritten() {
        String text = ShardHeader.text("sweep", ShardHeader.runId("grid"), new Shard(3, 8), "csv", "a,b\n1,2\n");
        String line = text.substring(0, text.indexOf('\n') + 1);
        assertThat(line).startsWith("# cambrian-shard {").endsWith("}\n");
        assertThat(text).endsWith("}\na,b\n1,2\n");
        ShardHeader h = ShardHeader.parse(line.strip(), "f");
        assertThat(h.line()).isEqualTo(line);
        assertThat(h.run()).hasSize(64).isNotEqualTo(ShardHeader.runId("grid "));
        assertThat(h.body()).hasSize(64);
    }

    @Test
    void aPartEditedAfterItWasWrittenIsRefused() {
        // an edited count or flag merged into figures the run never computed, or ended on an internal error
        String text = ShardHeader.text("uncertainty", ShardHeader.runId("run"), new Shard(2, 3), "jsonl",
                "{\"infeasible\":0,\"skipped\":false}\n");
        ShardHeader h = ShardHeader.parse(text.substring(0, text.indexOf('\n')), "p2");
        h.checkBody("{\"infeasible\":0,\"skipped\":false}\n", "p2");
        assertThatThrownBy(() -> h.checkBody("{\"infeasible\":5,\"skipped\":false}\n", "p2")).isInstanceOf(InputException.class)
                .hasMessage("p2: changed since it was written (its shard and content do not match the SHA-256 in its first line);"
                        + " make this part again with the same command and --shard 2/3");
    }

    @Test
    void aPartRelabelledAsAnotherShardIsRefused() {
        // the first part's rows, its header saying 2/2: merged, they stood twice and the second part's were lost
        String text = ShardHeader.text("sweep", ShardHeader.runId("grid"), new Shard(1, 2), "csv", "point\n0\n");
        String relabelled = text.replace("\"shard\":\"1/2\"", "\"shard\":\"2/2\"");
        ShardHeader h = ShardHeader.parse(relabelled.substring(0, relabelled.indexOf('\n')), "fake2.csv");
        assertThat(h.shard()).isEqualTo(new Shard(2, 2));
        assertThatThrownBy(() -> h.checkBody("point\n0\n", "fake2.csv")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fake2.csv: changed since it was written");
    }

    @Test
    void aFileThatIsNotAShardIsNamedWithItsLine() {
        assertThatThrownBy(() -> ShardHeader.parse("point,workload", "out.csv")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("out.csv: line 1: not a shard");
        assertThatThrownBy(() -> ShardHeader.parse("# cambrian-shard {\"command\":", "p.csv"))
                .isInstanceOf(InputException.class).hasMessage("p.csv: line 1: the shard header is damaged");
    }
}
