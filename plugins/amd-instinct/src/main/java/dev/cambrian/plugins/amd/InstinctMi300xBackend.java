package dev.cambrian.plugins.amd;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code amd-mi300x}. */
@Extension
public final class InstinctMi300xBackend extends AbsoluteBackend {
    public InstinctMi300xBackend() {
        super(InstinctCatalog.MI300X);
    }
}
