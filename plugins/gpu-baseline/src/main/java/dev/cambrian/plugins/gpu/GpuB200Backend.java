package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-b200}. */
@Extension
public final class GpuB200Backend extends AbsoluteBackend {
    public GpuB200Backend() {
        super(GpuCatalog.B200);
    }
}
