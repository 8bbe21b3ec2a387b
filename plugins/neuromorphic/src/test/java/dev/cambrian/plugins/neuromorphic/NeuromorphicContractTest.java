package dev.cambrian.plugins.neuromorphic;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

class NeuromorphicContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new NeuromorphicBackend();
    }
}
