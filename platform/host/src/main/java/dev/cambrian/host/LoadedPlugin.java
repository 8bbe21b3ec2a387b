package dev.cambrian.host;

import java.nio.file.Path;
import java.util.List;

/** A plugin that loaded and the ids of the backends it contributes. */
public record LoadedPlugin(String id, String version, String provider, Path file, List<String> backendIds) {
    public LoadedPlugin {
        backendIds = List.copyOf(backendIds);
    }
}
