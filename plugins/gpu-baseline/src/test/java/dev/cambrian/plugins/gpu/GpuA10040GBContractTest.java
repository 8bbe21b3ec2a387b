package dev.cambrian.plugins.gpu;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code gpu-a100-40}. */
class GpuA10040GBContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new GpuA10040GBBackend();
    }
}
