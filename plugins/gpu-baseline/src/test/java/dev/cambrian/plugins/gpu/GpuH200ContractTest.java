package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-h200}. */
class GpuH200ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuH200Backend();
    }
}
