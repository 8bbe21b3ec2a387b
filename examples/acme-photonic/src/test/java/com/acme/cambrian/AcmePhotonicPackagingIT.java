package com.acme.cambrian;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built jar loads alone through the host's plugin manager and contributes acme-photonic. */
class AcmePhotonicPackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("acme-photonic");
    }
}
