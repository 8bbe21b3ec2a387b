package dev.cambrian.plugins.cerebras;

import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code cerebras-cs3}: the absolute kit, its time checked against the wafer's SRAM. */
@Extension
public final class CerebrasCs3Backend extends AbsoluteBackend {
    private final SpeedupModel time = new WaferSramCheck(super.speedup());

    public CerebrasCs3Backend() {
        super(CerebrasCatalog.CS3);
    }

    @Override
    public SpeedupModel speedup() {
        return time;
    }
}
