package dev.cambrian.plugins.gpu;

import org.pf4j.Extension;

/** Backend {@code gpu-v100}. */
@Extension
public final class GpuV100Backend extends GpuBackend {
    public GpuV100Backend() {
        super(GpuCatalog.V100);
    }
}
