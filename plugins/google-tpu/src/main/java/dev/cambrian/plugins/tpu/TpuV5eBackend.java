package dev.cambrian.plugins.tpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code tpu-v5e}. */
@Extension
public final class TpuV5eBackend extends AbsoluteBackend {
    public TpuV5eBackend() {
        super(TpuCatalog.V5E);
    }
}
