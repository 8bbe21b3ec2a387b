package dev.cambrian.plugins.probabilistic;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/** Backend {@code probabilistic-training}: probability-based training on the baseline's own GPUs (grok2025althw). */
@Extension
public final class ProbabilisticTrainingBackend extends RelativeBackend {
    public ProbabilisticTrainingBackend() {
        super(ProbabilisticTrainingSpec.create());
    }
}
