package com.acme.cambrian;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.tck.BackendContract;

/** The TCK's backend contract against the vendor fork. */
class AcmePhotonicContractTest extends BackendContract {
    @Override
    protected HardwareBackend backend() {
        return new AcmePhotonicBackend();
    }
}
