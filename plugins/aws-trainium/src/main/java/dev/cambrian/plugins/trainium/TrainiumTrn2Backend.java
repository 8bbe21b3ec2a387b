package dev.cambrian.plugins.trainium;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code aws-trainium2}. */
@Extension
public final class TrainiumTrn2Backend extends AbsoluteBackend {
    public TrainiumTrn2Backend() {
        super(TrainiumCatalog.TRN2);
    }
}
