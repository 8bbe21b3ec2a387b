package dev.cambrian.plugins.trainium;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract, run against {@code aws-trainium2}. */
class TrainiumTrn2ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new TrainiumTrn2Backend();
    }
}
