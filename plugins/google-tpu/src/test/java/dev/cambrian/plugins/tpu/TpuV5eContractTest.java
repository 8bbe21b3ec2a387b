package dev.cambrian.plugins.tpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code tpu-v5e}. */
class TpuV5eContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new TpuV5eBackend();
    }
}
