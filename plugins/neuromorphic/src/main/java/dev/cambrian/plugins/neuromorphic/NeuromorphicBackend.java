package dev.cambrian.plugins.neuromorphic;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/** Backend {@code neuromorphic}: spiking in-memory chips, hybrid with GPUs for the non-spiking parts (grok2025althw). */
@Extension
public final class NeuromorphicBackend extends RelativeBackend {
    public NeuromorphicBackend() {
        super(NeuromorphicSpec.create());
    }
}
