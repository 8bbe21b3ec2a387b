package dev.cambrian.plugins.amd;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code amd-mi300x}. */
class InstinctMi300xContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new InstinctMi300xBackend();
    }
}
