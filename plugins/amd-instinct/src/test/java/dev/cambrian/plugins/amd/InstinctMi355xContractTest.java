package dev.cambrian.plugins.amd;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code amd-mi355x}. */
class InstinctMi355xContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new InstinctMi355xBackend();
    }
}
