package com.acme.cambrian.accelerator;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract against the AX-1. */
class AcmeAx1ContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new AcmeAx1Backend();
    }
}
