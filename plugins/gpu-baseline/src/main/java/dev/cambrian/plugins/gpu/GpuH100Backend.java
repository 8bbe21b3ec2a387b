package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-h100}. */
@Extension
public final class GpuH100Backend extends AbsoluteBackend {
    public GpuH100Backend() {
        super(GpuCatalog.H100);
    }
}
