package dev.cambrian.plugins.gpu;

import org.pf4j.Extension;

/** Backend {@code gpu-h100}. */
@Extension
public final class GpuH100Backend extends GpuBackend {
    public GpuH100Backend() {
        super(GpuCatalog.H100);
    }
}
