package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-gb200}. */
class GpuGb200Nvl72ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuGb200Nvl72Backend();
    }
}
