package dev.cambrian.plugins.tpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code tpu-v6e}. */
@Extension
public final class TpuV6eTrilliumBackend extends AbsoluteBackend {
    public TpuV6eTrilliumBackend() {
        super(TpuCatalog.V6E);
    }
}
