package dev.cambrian.plugins.gpu;

import org.pf4j.Extension;

/** Backend {@code gpu-b200}. */
@Extension
public final class GpuB200Backend extends GpuBackend {
    public GpuB200Backend() {
        super(GpuCatalog.B200);
    }
}
