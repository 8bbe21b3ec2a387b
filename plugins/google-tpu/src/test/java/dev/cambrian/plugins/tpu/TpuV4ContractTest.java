package dev.cambrian.plugins.tpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code tpu-v4}. */
class TpuV4ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new TpuV4Backend();
    }
}
