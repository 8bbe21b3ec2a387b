package dev.cambrian.plugins.gaudi;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code intel-gaudi2}. */
@Extension
public final class GaudiGaudi2Backend extends AbsoluteBackend {
    public GaudiGaudi2Backend() {
        super(GaudiCatalog.GAUDI2);
    }
}
