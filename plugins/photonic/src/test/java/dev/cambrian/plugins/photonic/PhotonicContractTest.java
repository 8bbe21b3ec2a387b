package dev.cambrian.plugins.photonic;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

class PhotonicContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new PhotonicBackend();
    }
}
