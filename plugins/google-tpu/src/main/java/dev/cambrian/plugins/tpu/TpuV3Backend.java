package dev.cambrian.plugins.tpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code tpu-v3}. */
@Extension
public final class TpuV3Backend extends AbsoluteBackend {
    public TpuV3Backend() {
        super(TpuCatalog.V3);
    }
}
