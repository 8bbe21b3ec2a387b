package dev.cambrian.engine.environment;

import dev.cambrian.api.Contracts;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.absolute.AbsoluteBackend;
import dev.cambrian.api.relative.RelativeBackend;
import java.util.List;

/**
 * Which of a backend's device kinds is its own: the kind its declared embodied carbon
 * ({@link Contracts#EMBODIED_CARBON}) is charged to. The estimate's footprint and a Monte Carlo sample's
 * both ask {@link #indexIn}, so they charge the same kind.
 */
public final class OwnDevice {
    private OwnDevice() {
    }

    /**
     * The backend's own device kind by name, as its kit names it ({@code DeviceSpec.deviceKind()},
     * {@code TechnologySpec.deviceKind()}), whatever its hardware model lists first; null for a backend
     * outside the kits (or a relative technology without a device of its own, which cannot declare one).
     */
    public static String kindOrNull(HardwareBackend backend) {
        if (backend instanceof AbsoluteBackend a) {
            return a.spec().deviceKind();
        }
        if (backend instanceof RelativeBackend r) {
            return r.spec().deviceKind();
        }
        return null;
    }

    /**
     * Where the backend's own kind sits among the kinds of its hardware, or -1 when it is not there: the
     * named kind; without a name, the first kind listed (what the contract asks of a backend outside the kits).
     *
     * @param kinds       the device kinds of the run, in the order the hardware model lists them
     * @param namedOrNull {@link #kindOrNull} of the backend
     */
    public static int indexIn(List<String> kinds, String namedOrNull) {
        if (namedOrNull != null) {
            return kinds.indexOf(namedOrNull);
        }
        return kinds.isEmpty() ? -1 : 0;
    }
}
