package dev.cambrian.plugins.cerebras;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code cerebras-cs3}. */
class CerebrasCs3ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new CerebrasCs3Backend();
    }
}
