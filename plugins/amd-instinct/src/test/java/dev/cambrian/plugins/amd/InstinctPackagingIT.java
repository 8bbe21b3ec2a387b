package dev.cambrian.plugins.amd;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built amd-instinct jar loads alone through the host's plugin manager and contributes every device of its catalogue. */
class InstinctPackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("amd-mi250x", "amd-mi300x", "amd-mi325x", "amd-mi355x");
    }
}
