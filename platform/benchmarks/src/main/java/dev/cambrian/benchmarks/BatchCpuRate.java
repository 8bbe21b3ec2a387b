package dev.cambrian.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link BatchEvaluationBenchmark}'s operation timed by the thread's CPU time as well as the wall clock:
 * on a shared machine JMH's wall-clock throughput counts the time other processes held the core, while
 * "per core" is what the thread got. Run as
 * {@code java -cp platform/benchmarks/target/benchmarks.jar dev.cambrian.benchmarks.BatchCpuRate gpu-h100 photonic}.
 */
public final class BatchCpuRate {
    static final int WARM_UP = 3_000;
    static final int ROUNDS = 5;
    static final int BATCHES = 3_000;

    private BatchCpuRate() {
    }

    public static void main(String[] backends) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String backend : backends) {
            BatchEvaluationBenchmark b = new BatchEvaluationBenchmark();
            b.backend = backend;
            b.setUp();
            try {
                for (int i = 0; i < WARM_UP; i++) {
                    b.evaluate();
                }
                for (int round = 0; round < ROUNDS; round++) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    for (int i = 0; i < BATCHES; i++) {
                        b.evaluate();
                    }
                    double evaluations = (double) BATCHES * BatchEvaluationBenchmark.SIZE;
                    System.out.printf(Locale.ROOT, "%s: %.1fM backend-evaluations per CPU second, %.1fM per wall second%n",
                            backend, evaluations / (threads.getCurrentThreadCpuTime() - cpu) * 1e3,
                            evaluations / (System.nanoTime() - wall) * 1e3);
                }
            } finally {
                b.tearDown();
            }
        }
    }
}
