package dev.cambrian.cli;

import dev.cambrian.engine.uncertainty.BackendFailedException;
import dev.cambrian.engine.uncertainty.Caller;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Monte Carlo's calls into plugins, through the host's guard as every other call: a plugin that
 * throws, hangs or returns nonsense becomes a failure naming the plugin and the backend.
 */
final class GuardedCaller implements Caller {
    private final Evaluation evaluation;
    private final Map<String, LoadedBackend> byId;

    GuardedCaller(Evaluation evaluation, List<LoadedBackend> backends) {
        this.evaluation = evaluation;
        this.byId = backends.stream().collect(Collectors.toMap(LoadedBackend::id, Function.identity()));
    }

    @Override
    public <T> T call(String backendId, String what, Callable<T> task) {
        LoadedBackend b = byId.get(backendId);
        if (b == null) {
            throw new IllegalArgumentException("backend " + backendId + " was not selected");
        }
        try {
            return evaluation.call(b, what, task);
        } catch (PluginFailure f) {
            throw new BackendFailedException(backendId, f.describe());
        }
    }
}
