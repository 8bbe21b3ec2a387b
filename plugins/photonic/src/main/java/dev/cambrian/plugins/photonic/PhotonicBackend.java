package dev.cambrian.plugins.photonic;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/** Backend {@code photonic}: optical matrix engines replacing most GPU compute (seed 000, seed 004). */
@Extension
public final class PhotonicBackend extends RelativeBackend {
    public PhotonicBackend() {
        super(PhotonicSpec.create());
    }
}
