package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-v100}. */
@Extension
public final class GpuV100Backend extends AbsoluteBackend {
    public GpuV100Backend() {
        super(GpuCatalog.V100);
    }
}
