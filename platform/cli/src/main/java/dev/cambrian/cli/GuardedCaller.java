package dev.cambrian.cli;

import dev.cambrian.engine.uncertainty.BackendFailedException;
import dev.cambrian.engine.uncertainty.Caller;
import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Monte Carlo's calls into plugins, through the host's guard as every other call: a plugin that
 * throws, hangs or returns nonsense becomes a failure naming the plugin and the backend. At most one
 * call per processor runs at once (more threads only queue, outside the guard's clock), so a call's
 * time limit is not eaten by other calls competing for its processor.
 */
final class GuardedCaller implements Caller {
    private final Guard guard;
    private final Map<String, LoadedBackend> byId;
    private final Semaphore running;

    GuardedCaller(Guard guard, List<LoadedBackend> backends) {
        this(guard, backends, Runtime.getRuntime().availableProcessors());
    }

    GuardedCaller(Guard guard, List<LoadedBackend> backends, int maxConcurrentCalls) {
        this.guard = guard;
        this.byId = backends.stream().collect(Collectors.toMap(LoadedBackend::id, Function.identity()));
        this.running = new Semaphore(maxConcurrentCalls);
    }

    /** A tenth of the guard's time limit at most: a call of several chunks stays far inside the limit one chunk has. */
    @Override
    public long callBudgetNanos() {
        return Math.min(DEFAULT_CALL_BUDGET_NANOS, guard.timeout().toNanos() / 10);
    }

    @Override
    public <T> T call(String backendId, Supplier<String> what, Callable<T> task) {
        LoadedBackend b = byId.get(backendId);
        if (b == null) {
            throw new IllegalArgumentException("backend " + backendId + " was not selected");
        }
        running.acquireUninterruptibly(); // each call ahead ends within the guard's time limit
        try {
            return guard.call(b.pluginId(), b.id(), what, task);
        } catch (PluginFailure f) {
            throw new BackendFailedException(backendId, f.describe());
        } finally {
            running.release();
        }
    }
}
