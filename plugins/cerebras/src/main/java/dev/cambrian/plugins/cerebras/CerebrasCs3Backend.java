package dev.cambrian.plugins.cerebras;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code cerebras-cs3}. */
@Extension
public final class CerebrasCs3Backend extends AbsoluteBackend {
    public CerebrasCs3Backend() {
        super(CerebrasCatalog.CS3);
    }
}
