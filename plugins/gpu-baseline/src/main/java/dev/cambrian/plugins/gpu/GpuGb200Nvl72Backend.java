package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-gb200}. */
@Extension
public final class GpuGb200Nvl72Backend extends AbsoluteBackend {
    public GpuGb200Nvl72Backend() {
        super(GpuCatalog.GB200);
    }
}
