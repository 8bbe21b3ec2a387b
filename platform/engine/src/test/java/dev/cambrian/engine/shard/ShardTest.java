package dev.cambrian.engine.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.InputException;
import org.junit.jupiter.api.Test;

class ShardTest {
    @Test
    void shardsTileTheUnitsInOrderWithoutGapOrOverlap() {
        for (int total : new int[] {0, 1, 3, 7, 100, 1001}) {
            for (int n = 1; n <= 9; n++) {
                int next = 0;
                for (int i = 1; i <= n; i++) {
                    Shard s = new Shard(i, n);
                    assertThat(s.from(total)).as(s + " of " + total).isEqualTo(next);
                    assertThat(s.to(total)).isGreaterThanOrEqualTo(s.from(total));
                    next = s.to(total);
                }
                assertThat(next).isEqualTo(total);
            }
        }
    }

    @Test
    void parsesAndRefusesWithTheFlagNamed() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThatThrownBy(() -> Shard.parse("5/4")).isInstanceOf(InputException.class).hasMessageStartingWith("--shard:");
        assertThatThrownBy(() -> Shard.parse("two")).isInstanceOf(InputException.class).hasMessageContaining("i/N");
        assertThatThrownBy(() -> Shard.parse("0/4")).isInstanceOf(InputException.class);
    }
}
