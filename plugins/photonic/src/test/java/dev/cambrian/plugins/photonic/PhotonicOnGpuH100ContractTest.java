package dev.cambrian.plugins.photonic;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.plugins.gpu.GpuH100Backend;
import dev.cambrian.tck.BackendContract;

/** The contract against the baseline the host gives photonic by default (gpu-h100), not the TCK's plain reference. */
class PhotonicOnGpuH100ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new PhotonicBackend();
    }

    @Override
    protected HardwareBackend baseline() {
        return new GpuH100Backend();
    }
}
