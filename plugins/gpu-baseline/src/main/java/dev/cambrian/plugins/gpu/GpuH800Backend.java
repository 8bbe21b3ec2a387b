package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-h800}. */
@Extension
public final class GpuH800Backend extends AbsoluteBackend {
    public GpuH800Backend() {
        super(GpuCatalog.H800);
    }
}
