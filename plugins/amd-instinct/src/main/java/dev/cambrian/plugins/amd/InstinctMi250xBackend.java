package dev.cambrian.plugins.amd;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code amd-mi250x}. */
@Extension
public final class InstinctMi250xBackend extends AbsoluteBackend {
    public InstinctMi250xBackend() {
        super(InstinctCatalog.MI250X);
    }
}
