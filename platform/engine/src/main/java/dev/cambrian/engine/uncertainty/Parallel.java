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
final class Parallel {
    private Parallel() {
    }

    static <T> List<T> all(List<Callable<T>> tasks, int threads) {
        List<T> results = new ArrayList<>(tasks.size());
        int workers = Math.min(threads, tasks.size());
        try {
            if (workers <= 1) {
                for (Callable<T> task : tasks) {
                    results.add(task.call());
                }
                return results;
            }
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "cambrian-monte-carlo");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<T>> futures = new ArrayList<>();
                for (Callable<T> task : tasks) {
                    futures.add(pool.submit(task));
                }
                for (Future<T> f : futures) {
                    results.add(f.get());
                }
                return results;
            } finally {
                pool.shutdownNow();
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
