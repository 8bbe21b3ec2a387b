package dev.cambrian.plugins.trainium;

import dev.cambrian.tck.PackagingContract;
import java.util.List;

/** The built aws-trainium jar loads alone through the host's plugin manager and contributes every device of its catalogue. */
class TrainiumPackagingIT extends PackagingContract {
    @Override
    protected List<String> expectedBackendIds() {
        return List.of("aws-trainium1", "aws-trainium2");
    }
}
