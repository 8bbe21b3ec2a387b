package dev.cambrian.plugins.tpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code tpu-v7}. */
class TpuV7IronwoodContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new TpuV7IronwoodBackend();
    }
}
