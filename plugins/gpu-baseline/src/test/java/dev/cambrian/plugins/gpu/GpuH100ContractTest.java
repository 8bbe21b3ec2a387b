package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-h100}. */
class GpuH100ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuH100Backend();
    }
}
