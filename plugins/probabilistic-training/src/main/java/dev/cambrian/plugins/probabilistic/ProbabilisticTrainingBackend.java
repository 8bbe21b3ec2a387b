package dev.cambrian.plugins.probabilistic;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/** Backend {@code probabilistic-training}: probability-based training on the baseline's own GPUs (seed 000). */
@Extension
public final class ProbabilisticTrainingBackend extends RelativeBackend {
    public ProbabilisticTrainingBackend() {
        super(ProbabilisticTrainingSpec.create());
    }
}
