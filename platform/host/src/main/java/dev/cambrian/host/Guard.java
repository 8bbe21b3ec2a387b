package dev.cambrian.host;

import dev.cambrian.api.InfeasibleException;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Every call into plugin code goes through here (DESIGN 5): it runs on a daemon thread with a time
 * bound, and any exception, LinkageError or other Error becomes a {@link PluginFailure} naming the
 * plugin. A model's own "no valid answer" ({@link InfeasibleException}) passes through unchanged.
 */
public final class Guard implements AutoCloseable {
    /** Long enough for thousands of model evaluations on a slow machine, short enough to notice a hang. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final Duration timeout;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cambrian-plugin-call");
        t.setDaemon(true);
        return t;
    });

    public Guard(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Runs {@code call} under the guard.
     *
     * @throws IllegalStateException after {@link #close()}: a host bug, not the plugin's fault, so no {@link PluginFailure}
     */
    public <T> T call(String plugin, String backend, String what, Callable<T> call) {
        Future<T> future;
        try {
            future = executor.submit(call);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("guard is closed: cannot run " + what + " of plugin " + plugin
                    + (backend == null ? "" : ", backend " + backend) + "; plugin calls end when the command's context is closed", e);
        }
        try {
            T result = future.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            if (result == null) {
                throw new PluginFailure(plugin, backend, what + " returned nothing (null)", null);
            }
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginFailure(plugin, backend, what + " did not return within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new PluginFailure(plugin, backend, what + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            if (cause instanceof InfeasibleException infeasible) {
                throw infeasible;
            }
            if (cause instanceof PluginFailure failure) {
                throw failure;
            }
            throw new PluginFailure(plugin, backend, what + " failed: " + describe(cause), cause);
        }
    }

    /**
     * One line on what went wrong. Reflection's wrapper (a constructor called reflectively) is looked
     * through, and an error without a message of its own (a failed static initialiser) names its cause.
     */
    static String describe(Throwable t) {
        Throwable e = unwrap(t);
        String kind = e instanceof ExceptionInInitializerError ? ""
                : e instanceof LinkageError ? "linkage error (a class missing from the plugin, or the api bundled in it?) "
                : e instanceof IllegalArgumentException ? "invalid result or input "
                : "";
        String text = kind + plain(e);
        Throwable cause = e.getCause();
        return e.getMessage() == null && cause != null && cause != e ? text + " (caused by " + plain(unwrap(cause)) + ")" : text;
    }

    private static String plain(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** What the plugin threw, not reflection's wrapper around it. */
    static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e instanceof InvocationTargetException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
