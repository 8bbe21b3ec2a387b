package dev.cambrian.host;

import dev.cambrian.api.InfeasibleException;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Every call into plugin code goes through here (docs/architecture.md §5): it runs on a daemon thread with a time
 * bound, and any exception, LinkageError or other Error becomes a {@link PluginFailure} naming the
 * plugin. A model's own "no valid answer" ({@link InfeasibleException}) passes through unchanged.
 */
public final class Guard implements AutoCloseable {
    /** Long enough for thousands of model evaluations on a slow machine, short enough to notice a hang. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * A call that overran its time while the heap grew by this share of its maximum is reported as
     * running out of memory: a hang holds on to little, and how fast a heap fills varies by machine.
     */
    static final double FILLING = 0.25;
    private static final String MORE_MEMORY = "give Cambrian more with CAMBRIAN_JAVA_OPTS=-Xmx8g if the plugin needs it";

    private final Duration timeout;
    private final Heap heap;
    private final Map<String, String> firstFailures = Collections.synchronizedMap(new LinkedHashMap<>());
    /**
     * Each calling thread hands its calls to a plugin thread of its own, let go after a second without a call.
     * With one shared pool a caller's next call often went to the thread another caller had just used, and the
     * scheduler then left a processor idle: `uncertainty -b all --samples 1000000` on two cores had ~1 CPU-second
     * more idle processor time (from /proc/stat) than with the calls made in place.
     */
    private final ThreadLocal<ExecutorService> own = new ThreadLocal<>();
    /** Every plugin thread's executor still alive, for {@link #close()}; one whose thread ended is let go. */
    private final Set<ExecutorService> executors = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private boolean closed; // guarded by executors
    /** Where a failing call's stack goes (--debug), once per plugin, backend and throwing frame ({@link #trace}); null: nowhere. */
    private volatile java.io.PrintWriter traces;
    private final Set<String> traced = Collections.synchronizedSet(new java.util.HashSet<>());

    public Guard(Duration timeout) {
        this(timeout, Heap.JVM);
    }

    /**
     * Prints, from now on, the stack of each call that throws (the plugin's own frames, which the one-line failure
     * leaves out) to {@code sink}, once per plugin, backend and throwing frame ({@link #trace}). For --debug, where a
     * plugin author looks for the line that threw.
     */
    public void traceFailuresTo(java.io.PrintWriter sink) {
        this.traces = sink;
    }

    Guard(Duration timeout, Heap heap) {
        this.timeout = timeout;
        this.heap = heap;
    }

    /**
     * Runs {@code call} under the guard.
     *
     * @throws IllegalStateException after {@link #close()}: a host bug, not the plugin's fault, so no {@link PluginFailure}
     */
    public <T> T call(String plugin, String backend, String what, Callable<T> call) {
        return call(plugin, backend, () -> what, call);
    }

    /**
     * The same, with what the call does asked only when it failed: a call that works through several steps
     * (Monte Carlo's chunks) names the one it was on.
     */
    public <T> T call(String plugin, String backend, Supplier<String> what, Callable<T> call) {
        try {
            return guarded(plugin, backend, what, call);
        } catch (PluginFailure f) {
            firstFailures.putIfAbsent(f.plugin() + "/" + f.backend(), f.describe());
            throw f;
        }
    }

    /** How long a call may run before it is reported as not returning. */
    public Duration timeout() {
        return timeout;
    }

    /** The first failure of each plugin and backend so far, in order: what --strict turns into exit code 3. */
    public List<String> failures() {
        synchronized (firstFailures) {
            return List.copyOf(firstFailures.values());
        }
    }

    private <T> T guarded(String plugin, String backend, Supplier<String> step, Callable<T> call) {
        long usedBefore = heap.usedBytes();
        ExecutorService executor;
        Future<T> future;
        try {
            executor = executor();
            future = executor.submit(call);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("guard is closed: cannot run " + step.get() + " of plugin " + plugin
                    + (backend == null ? "" : ", backend " + backend) + "; plugin calls end when the command's context is closed", e);
        }
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (result == null) {
                throw new PluginFailure(plugin, backend, step.get() + " returned nothing (null)", null);
            }
            return result;
        } catch (TimeoutException e) {
            String what = step.get(); // before the cancel: the step the call was on when its time ran out
            future.cancel(true);
            abandon(executor); // its thread may never come back
            throw new PluginFailure(plugin, backend, what + notReturned(usedBefore), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String what = step.get();
            future.cancel(true);
            abandon(executor);
            throw new PluginFailure(plugin, backend, what + " was interrupted", e);
        } catch (ExecutionException e) {
            String what = step.get();
            Throwable cause = unwrap(e.getCause());
            if (cause instanceof InfeasibleException infeasible) {
                throw infeasible;
            }
            if (cause instanceof PluginFailure failure) {
                throw failure;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new PluginFailure(plugin, backend, what + " ran out of memory (" + cause.getMessage() + ", heap "
                        + (heap.maxBytes() >> 20) + " MB); " + MORE_MEMORY, cause);
            }
            PluginFailure failure = new PluginFailure(plugin, backend, what + " failed: " + describe(cause), cause);
            trace(failure);
            throw failure;
        }
    }

    /**
     * A call filling the heap spends its time faulting in pages and collecting garbage, and overruns
     * the time limit before it gets its OutOfMemoryError (issue 13: at the default heap it was
     * reported as a timeout). A call during which the heap grew by a quarter of its maximum was filling it.
     */
    private String notReturned(long usedBefore) {
        long grown = heap.usedBytes() - usedBefore;
        if (grown > heap.maxBytes() * FILLING) {
            return " was running out of memory: the heap grew by " + (grown >> 20) + " MB of its " + (heap.maxBytes() >> 20)
                    + " MB while it ran, and it was stopped after " + timeout.toMillis() + " ms; " + MORE_MEMORY;
        }
        return " did not return within " + timeout.toMillis() + " ms";
    }

    /**
     * With traces on, the failure's stack, once per plugin, backend, exception class and the frame that threw: a Monte
     * Carlo run failing in every chunk (each message naming its chunk, and from several threads) prints it once. Written
     * as one string, so no other line (a progress bar's) cuts into it.
     */
    private void trace(PluginFailure failure) {
        java.io.PrintWriter sink = traces;
        if (sink == null) {
            return; // without --debug, nothing to do for every failing chunk
        }
        Throwable cause = unwrap(failure.getCause());
        StackTraceElement[] frames = cause.getStackTrace();
        String where = cause.getClass().getName() + " at " + (frames.length == 0 ? "?" : frames[0].toString());
        if (traced.add(failure.plugin() + "\u0000" + failure.backend() + "\u0000" + where)) {
            java.io.StringWriter text = new java.io.StringWriter();
            java.io.PrintWriter out = new java.io.PrintWriter(text);
            out.println("debug: " + failure.describe() + "; where the plugin threw:");
            cause.printStackTrace(out);
            out.flush();
            sink.print(text);
            sink.flush();
        }
    }

    /**
     * One line on what went wrong. Reflection's wrapper (a constructor called reflectively) is looked
     * through, and an error without a message of its own (a failed static initialiser) names its cause.
     */
    static String describe(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof dev.cambrian.api.InvalidValueException) {
            return "invalid result: " + e.getMessage(); // a figure that came out non-finite or negative (Checks)
        }
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

    /** The calling thread's own plugin thread, started on its first call. */
    private ExecutorService executor() {
        ExecutorService e = own.get();
        if (e != null) {
            return e; // shut down by close(): its submit refuses
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cambrian-plugin-call");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        synchronized (executors) { // with close(): a pool made as it closes is refused, not left running
            if (closed) {
                throw new RejectedExecutionException("closed");
            }
            executors.add(pool);
        }
        own.set(pool);
        return pool;
    }

    /** A call that did not return holds its thread: the caller's next call gets a new one. */
    private void abandon(ExecutorService executor) {
        own.remove();
        executors.remove(executor);
        executor.shutdownNow();
    }

    @Override
    public void close() {
        List<ExecutorService> alive;
        synchronized (executors) {
            closed = true;
            alive = List.copyOf(executors);
        }
        alive.forEach(ExecutorService::shutdownNow);
    }
}
