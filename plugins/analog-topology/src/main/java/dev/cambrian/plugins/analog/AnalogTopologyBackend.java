package dev.cambrian.plugins.analog;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/**
 * Backend {@code analog-topology}: resistive-memory analog chips trained by topology optimization
 * (pruning instead of weight updates), with an accuracy-retention caveat (grok2025althw).
 */
@Extension
public final class AnalogTopologyBackend extends RelativeBackend {
    public AnalogTopologyBackend() {
        super(AnalogTopologySpec.create());
    }
}
