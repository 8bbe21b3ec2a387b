package dev.cambrian.plugins.photonic;

import dev.cambrian.api.relative.RelativeBackend;
import org.pf4j.Extension;

/** Backend {@code photonic}: optical matrix engines replacing most GPU compute (grok2025althw, photonic2025opu). */
@Extension
public final class PhotonicBackend extends RelativeBackend {
    public PhotonicBackend() {
        super(PhotonicSpec.create());
    }
}
