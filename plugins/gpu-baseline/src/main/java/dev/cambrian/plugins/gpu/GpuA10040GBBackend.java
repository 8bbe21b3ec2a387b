package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-a100-40}. */
@Extension
public final class GpuA10040GBBackend extends AbsoluteBackend {
    public GpuA10040GBBackend() {
        super(GpuCatalog.A100_40);
    }
}
