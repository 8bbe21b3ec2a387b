package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.InfeasibleException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * How Monte Carlo calls into a backend: once for its nominal point and once per group of chunks. The host
 * passes its guard (a broken plugin becomes a {@link BackendFailedException} naming it, the others go on);
 * tests and benchmarks may call directly.
 */
public interface Caller {

    /**
     * Runs {@code task} for the backend.
     *
     * @param what what the task does, for a failure's message: asked only when it failed, so a task that works
     *             through several chunks can name the one it was on
     * @throws BackendFailedException when the backend failed (threw, hung, returned nonsense)
     * @throws InfeasibleException    passed through unchanged: the model's own "no valid answer"
     */
    <T> T call(String backendId, Supplier<String> what, Callable<T> task);

    /**
     * Longest a call taking several chunks goes on starting another, unless the caller's time limit wants less: 20 ms,
     * a design choice, long against the hand-off to a guard's thread and back that a call costs (two thread wake-ups,
     * tens of microseconds each on this project's 2-core virtual machine; docs/uncertainty.md) and short against any
     * time limit a user would set.
     */
    long DEFAULT_CALL_BUDGET_NANOS = 20_000_000L;

    /**
     * How long one call may go on starting chunks of its group ({@link SampledRun#chunks}): a guard with a time
     * limit answers a small share of it, so that a call of several chunks never nears the limit one chunk keeps.
     */
    default long callBudgetNanos() {
        return DEFAULT_CALL_BUDGET_NANOS;
    }

    /** The same with a fixed description. */
    default <T> T call(String backendId, String what, Callable<T> task) {
        return call(backendId, () -> what, task);
    }

    /** Calls the task on the calling thread; anything it throws but "no valid answer" fails the backend. */
    Caller DIRECT = new Caller() {
        @Override
        public <T> T call(String backendId, Supplier<String> what, Callable<T> task) {
            try {
                return task.call();
            } catch (InfeasibleException e) {
                throw e;
            } catch (Exception | LinkageError e) {
                throw new BackendFailedException(backendId, backendId + ": " + what.get() + " failed: " + e);
            }
        }
    };
}
