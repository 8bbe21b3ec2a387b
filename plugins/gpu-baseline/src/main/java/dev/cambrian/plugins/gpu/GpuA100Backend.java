package dev.cambrian.plugins.gpu;

import org.pf4j.Extension;

/** Backend {@code gpu-a100}. */
@Extension
public final class GpuA100Backend extends GpuBackend {
    public GpuA100Backend() {
        super(GpuCatalog.A100);
    }
}
