package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-h800}. */
class GpuH800ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuH800Backend();
    }
}
