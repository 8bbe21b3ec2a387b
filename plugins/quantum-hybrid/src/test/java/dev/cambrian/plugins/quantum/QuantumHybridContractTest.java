package dev.cambrian.plugins.quantum;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

class QuantumHybridContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new QuantumHybridBackend();
    }
}
