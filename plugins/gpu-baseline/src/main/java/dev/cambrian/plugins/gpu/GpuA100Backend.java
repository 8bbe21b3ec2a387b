package dev.cambrian.plugins.gpu;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code gpu-a100}. */
@Extension
public final class GpuA100Backend extends AbsoluteBackend {
    public GpuA100Backend() {
        super(GpuCatalog.A100);
    }
}
