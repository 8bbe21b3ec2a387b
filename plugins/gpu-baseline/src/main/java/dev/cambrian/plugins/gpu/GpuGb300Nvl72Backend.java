package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-gb300}. */
@Extension
public final class GpuGb300Nvl72Backend extends AbsoluteBackend {
    public GpuGb300Nvl72Backend() {
        super(GpuCatalog.GB300);
    }
}
