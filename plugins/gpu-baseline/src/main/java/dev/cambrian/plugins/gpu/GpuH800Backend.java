package dev.cambrian.plugins.gpu;

import org.pf4j.Extension;

/** Backend {@code gpu-h800}. */
@Extension
public final class GpuH800Backend extends GpuBackend {
    public GpuH800Backend() {
        super(GpuCatalog.H800);
    }
}
