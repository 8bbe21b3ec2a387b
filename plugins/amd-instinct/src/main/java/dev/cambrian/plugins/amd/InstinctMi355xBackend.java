package dev.cambrian.plugins.amd;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code amd-mi355x}. */
@Extension
public final class InstinctMi355xBackend extends AbsoluteBackend {
    public InstinctMi355xBackend() {
        super(InstinctCatalog.MI355X);
    }
}
