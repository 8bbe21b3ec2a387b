package dev.cambrian.plugins.probabilistic;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

class ProbabilisticTrainingContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new ProbabilisticTrainingBackend();
    }
}
