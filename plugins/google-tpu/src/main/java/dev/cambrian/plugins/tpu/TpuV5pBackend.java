package dev.cambrian.plugins.tpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code tpu-v5p}. */
@Extension
public final class TpuV5pBackend extends AbsoluteBackend {
    public TpuV5pBackend() {
        super(TpuCatalog.V5P);
    }
}
