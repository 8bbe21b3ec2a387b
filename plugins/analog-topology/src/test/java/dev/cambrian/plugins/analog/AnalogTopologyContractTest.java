package dev.cambrian.plugins.analog;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

class AnalogTopologyContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new AnalogTopologyBackend();
    }
}
