package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-h200}. */
@Extension
public final class GpuH200Backend extends AbsoluteBackend {
    public GpuH200Backend() {
        super(GpuCatalog.H200);
    }
}
