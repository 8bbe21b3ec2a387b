package dev.cambrian.plugins.tpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code tpu-v3}. */
class TpuV3ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new TpuV3Backend();
    }
}
