package dev.cambrian.plugins.gaudi;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code intel-gaudi3}. */
class GaudiGaudi3ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GaudiGaudi3Backend();
    }
}
