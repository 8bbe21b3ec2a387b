package dev.cambrian.plugins.cerebras;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built cerebras jar loads alone through the host's plugin manager and contributes every device of its catalogue. */
class CerebrasPackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("cerebras-cs3");
    }
}
