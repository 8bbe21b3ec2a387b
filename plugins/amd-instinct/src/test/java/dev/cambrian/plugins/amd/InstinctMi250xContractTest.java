package dev.cambrian.plugins.amd;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code amd-mi250x}. */
class InstinctMi250xContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new InstinctMi250xBackend();
    }
}
