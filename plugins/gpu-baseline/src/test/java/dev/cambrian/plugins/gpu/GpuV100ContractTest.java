package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-v100}. */
class GpuV100ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuV100Backend();
    }
}
