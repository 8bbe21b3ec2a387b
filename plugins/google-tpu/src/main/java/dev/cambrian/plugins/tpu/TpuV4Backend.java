package dev.cambrian.plugins.tpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code tpu-v4}. */
@Extension
public final class TpuV4Backend extends AbsoluteBackend {
    public TpuV4Backend() {
        super(TpuCatalog.V4);
    }
}
