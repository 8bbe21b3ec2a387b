package com.acme.cambrian.accelerator;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built jar loads alone through the host's plugin manager and contributes acme-ax1. */
class AcmeAx1PackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("acme-ax1");
    }
}
