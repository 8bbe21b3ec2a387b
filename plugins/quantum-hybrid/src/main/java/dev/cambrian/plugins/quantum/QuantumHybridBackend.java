package dev.cambrian.plugins.quantum;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/** Backend {@code quantum-hybrid}: a quantum processor beside the baseline GPU fleet (grok2025althw). */
@Extension
public final class QuantumHybridBackend extends RelativeBackend {
    public QuantumHybridBackend() {
        super(QuantumHybridSpec.create());
    }
}
