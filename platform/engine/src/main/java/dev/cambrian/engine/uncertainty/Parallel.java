package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on the calling thread or on a pool of threads and returns their results in
 * task order. Monte Carlo's tasks write disjoint slices of their own columns or summarise one backend
 * each, so the order they finish in changes nothing; everything is read after all of them have finished.
 */
final class Parallel implements AutoCloseable {
    private final ExecutorService poolOrNull;

    /**
     * Threads kept for several batches of tasks ({@link #run}), so a run of many batches (backend by backend) does not
     * start new threads, and new plugin threads behind them (the guard gives each calling thread its own), for each.
     */
    Parallel(int threads) {
        this.poolOrNull = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cambrian-monte-carlo");
            t.setDaemon(true);
            return t;
        });
    }

    /** One batch on threads of its own, stopped after it. */
    static <T> List<T> all(List<Callable<T>> tasks, int threads) {
        try (Parallel parallel = new Parallel(Math.min(threads, tasks.size()))) {
            return parallel.run(tasks);
        }
    }

    /** Runs the tasks on this object's threads (on the calling thread when it has none) and returns their results in order. */
    <T> List<T> run(List<Callable<T>> tasks) {
        List<T> results = new ArrayList<>(tasks.size());
        try {
            if (poolOrNull == null || tasks.size() <= 1) {
                for (Callable<T> task : tasks) {
                    results.add(task.call());
                }
                return results;
            }
            List<Future<T>> futures = new ArrayList<>();
            try {
                for (Callable<T> task : tasks) {
                    futures.add(poolOrNull.submit(task));
                }
                for (Future<T> f : futures) {
                    results.add(f.get());
                }
                return results;
            } finally {
                for (Future<T> f : futures) {
                    f.cancel(true); // after a failure, the batch's other tasks stop (done ones are not touched)
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    @Override
    public void close() {
        if (poolOrNull != null) {
            poolOrNull.shutdownNow();
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
