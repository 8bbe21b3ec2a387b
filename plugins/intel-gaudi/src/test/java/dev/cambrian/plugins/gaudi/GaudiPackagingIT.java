package dev.cambrian.plugins.gaudi;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built intel-gaudi jar loads alone through the host's plugin manager and contributes every device of its catalogue. */
class GaudiPackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("intel-gaudi2", "intel-gaudi3");
    }
}
