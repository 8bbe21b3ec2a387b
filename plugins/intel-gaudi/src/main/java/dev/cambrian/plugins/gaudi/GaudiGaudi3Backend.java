package dev.cambrian.plugins.gaudi;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code intel-gaudi3}. */
@Extension
public final class GaudiGaudi3Backend extends AbsoluteBackend {
    public GaudiGaudi3Backend() {
        super(GaudiCatalog.GAUDI3);
    }
}
