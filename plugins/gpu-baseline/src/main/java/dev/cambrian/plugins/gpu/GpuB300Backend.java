package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-b300}. */
@Extension
public final class GpuB300Backend extends AbsoluteBackend {
    public GpuB300Backend() {
        super(GpuCatalog.B300);
    }
}
