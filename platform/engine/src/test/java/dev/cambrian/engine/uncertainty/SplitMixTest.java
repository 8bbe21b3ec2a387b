package dev.cambrian.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SplitMixTest {
    @Test
    @DisplayName("SplitMix draws exactly what java.util.SplittableRandom draws: one by one, in bulk, and after splits")
    void sameSequenceAsTheJdk() {
        for (long seed : new long[] {0, 1, -1, 42, Long.MIN_VALUE, 0x9e3779b97f4a7c15L, ChunkPlan.rootSeed(7, "gpu-h100")}) {
            SplittableRandom jdk = new SplittableRandom(seed);
            SplitMix ours = new SplitMix(seed);
            for (int split = 0; split < 40; split++) { // chunk generators are split from a root, in order
                SplittableRandom jdkChild = jdk.split();
                SplitMix ourChild = ours.split();
                for (int i = 0; i < 50; i++) {
                    assertThat(ourChild.nextLong()).as("seed %d split %d long %d", seed, split, i).isEqualTo(jdkChild.nextLong());
                    assertThat(ourChild.nextDouble()).as("seed %d split %d double %d", seed, split, i)
                            .isEqualTo(jdkChild.nextDouble());
                }
                double[] bulk = new double[1000];
                ourChild.fill(bulk, 777);
                for (int i = 0; i < 777; i++) {
                    assertThat(bulk[i]).as("seed %d split %d bulk %d", seed, split, i).isEqualTo(jdkChild.nextDouble());
                }
                assertThat(bulk[777]).as("fill writes only the values asked for").isZero();
                assertThat(ourChild.nextDouble()).as("after a fill, the stream goes on").isEqualTo(jdkChild.nextDouble());
            }
        }
    }
}
