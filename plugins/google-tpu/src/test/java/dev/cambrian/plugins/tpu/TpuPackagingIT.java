package dev.cambrian.plugins.tpu;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built google-tpu jar loads alone through the host's plugin manager and contributes every device of its catalogue. */
class TpuPackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("tpu-v3", "tpu-v4", "tpu-v5e", "tpu-v5p", "tpu-v6e", "tpu-v7");
    }
}
