package dev.cambrian.host;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ParameterSpace;
import java.nio.file.Path;

/**
 * A backend that loaded, with the plugin it came from. {@code info} and {@code parameters} were
 * read once, through the guard, when it loaded.
 */
public record LoadedBackend(String pluginId, String pluginVersion, Path file, HardwareBackend backend,
                            BackendInfo info, ParameterSpace parameters) {
    public String id() {
        return info.id();
    }
}
