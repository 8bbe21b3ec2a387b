package dev.cambrian.plugins.trainium;

import dev.cambrian.api.absolute.AbsoluteBackend;
import org.pf4j.Extension;

/** Backend {@code aws-trainium1}. */
@Extension
public final class TrainiumTrn1Backend extends AbsoluteBackend {
    public TrainiumTrn1Backend() {
        super(TrainiumCatalog.TRN1);
    }
}
