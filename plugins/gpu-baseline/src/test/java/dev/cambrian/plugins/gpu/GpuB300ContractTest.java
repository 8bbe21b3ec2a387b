package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-b300}. */
class GpuB300ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuB300Backend();
    }
}
