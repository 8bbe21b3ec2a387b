package dev.cambrian.plugins.tpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code tpu-v7}. */
@Extension
public final class TpuV7IronwoodBackend extends AbsoluteBackend {
    public TpuV7IronwoodBackend() {
        super(TpuCatalog.V7);
    }
}
