package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.shard.Shard;
import org.junit.jupiter.api.Test;

class ShardHeaderTest {
    @Test
    void theHeaderLineReadsBackAsWritten() {
        ShardHeader h = new ShardHeader("sweep", ShardHeader.runId("grid"), new Shard(3, 8), "csv");
        String line = h.line();
        assertThat(line).startsWith("# cambrian-shard {").endsWith("}\n");
        assertThat(ShardHeader.parse(line.strip(), "f")).isEqualTo(h);
        assertThat(h.run()).hasSize(64).isNotEqualTo(ShardHeader.runId("grid "));
    }

    @Test
    void aFileThatIsNotAShardIsNamedWithItsLine() {
        assertThatThrownBy(() -> ShardHeader.parse("point,workload", "out.csv")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("out.csv: line 1: not a shard");
        assertThatThrownBy(() -> ShardHeader.parse("# cambrian-shard {\"command\":", "p.csv"))
                .isInstanceOf(InputException.class).hasMessage("p.csv: line 1: the shard header is damaged");
    }
}
