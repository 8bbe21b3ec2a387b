package dev.cambrian.plugins.amd;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code amd-mi325x}. */
@Extension
public final class InstinctMi325xBackend extends AbsoluteBackend {
    public InstinctMi325xBackend() {
        super(InstinctCatalog.MI325X);
    }
}
