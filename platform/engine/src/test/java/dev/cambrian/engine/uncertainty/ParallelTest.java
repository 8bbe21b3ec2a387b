package dev.cambrian.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    @DisplayName("batches on one Parallel share its threads, results come back in task order, a failure is rethrown")
    void batchesShareThreads() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        try (Parallel parallel = new Parallel(2)) {
            for (int batch = 0; batch < 5; batch++) {
                List<Callable<Integer>> tasks = new ArrayList<>();
                for (int k = 0; k < 20; k++) {
                    int value = batch * 100 + k;
                    tasks.add(() -> {
                        seen.add(Thread.currentThread());
                        return value;
                    });
                }
                List<Integer> results = parallel.run(tasks);
                for (int k = 0; k < 20; k++) {
                    assertThat(results.get(k)).isEqualTo(batch * 100 + k);
                }
            }
            assertThat(seen).hasSizeLessThanOrEqualTo(2).doesNotContain(Thread.currentThread());
            List<Callable<Integer>> failing = List.of(() -> 1, () -> {
                throw new IllegalArgumentException("task two broke");
            });
            assertThatThrownBy(() -> parallel.run(failing)).isInstanceOf(IllegalArgumentException.class).hasMessage("task two broke");
            assertThat(parallel.run(List.<Callable<Integer>>of(() -> 7, () -> 8))).containsExactly(7, 8); // still usable
        }
    }

    @Test
    @DisplayName("one thread: the tasks run on the calling thread")
    void oneThreadRunsInPlace() {
        try (Parallel parallel = new Parallel(1)) {
            assertThat(parallel.run(List.<Callable<Thread>>of(Thread::currentThread, Thread::currentThread)))
                    .containsOnly(Thread.currentThread());
        }
    }
}
