package dev.cambrian.plugins.tpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code tpu-v6e}. */
class TpuV6eTrilliumContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new TpuV6eTrilliumBackend();
    }
}
