package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-gb300}. */
class GpuGb300Nvl72ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuGb300Nvl72Backend();
    }
}
