package dev.cambrian.plugins.gaudi;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code intel-gaudi2}. */
class GaudiGaudi2ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GaudiGaudi2Backend();
    }
}
