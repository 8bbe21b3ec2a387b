package dev.cambrian.host;

import java.util.List;
import java.util.Optional;

/** The result of loading a plugins folder: what loaded, and every file or backend that did not. */
public record LoadReport(List<LoadedPlugin> plugins, List<LoadedBackend> backends, List<PluginProblem> problems) {
    public LoadReport {
        plugins = List.copyOf(plugins);
        backends = List.copyOf(backends);
        problems = List.copyOf(problems);
    }

    public Optional<LoadedBackend> backend(String id) {
        return backends.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
