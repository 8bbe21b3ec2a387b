package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cambrian.api.InfeasibleException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GuardTest {
    private final Guard guard = new Guard(Duration.ofMillis(300));

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void outOfMemoryInAPluginIsReportedAsSuch() {
        PluginFailure f = catchThrowableOfType(PluginFailure.class, () -> guard.call("hog", "hog-backend", "estimate", () -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        assertThat(f.describe()).startsWith("plugin hog, backend hog-backend: estimate ran out of memory (Java heap space, heap ")
                .endsWith("give Cambrian more with CAMBRIAN_JAVA_OPTS=-Xmx8g if the plugin needs it");
    }

    @Test
    void aCallStoppedWhileTheHeapFillsIsReportedAsOutOfMemoryNotAsATimeout() {
        java.util.concurrent.atomic.AtomicLong used = new java.util.concurrent.atomic.AtomicLong(10L << 20);
        Heap filling = new Heap() {
            @Override
            public long usedBytes() {
                return used.getAndAdd(70L << 20); // 70 MB more each time it is asked: a plugin holding on to all it allocates
            }

            @Override
            public long maxBytes() {
                return 256L << 20;
            }
        };
        try (Guard thrashing = new Guard(Duration.ofMillis(100), filling)) {
            PluginFailure f = catchThrowableOfType(PluginFailure.class,
                    () -> thrashing.call("hog", "hog-backend", "estimate", () -> {
                        Thread.sleep(10_000);
                        return 1;
                    }));
            assertThat(f.describe()).isEqualTo("plugin hog, backend hog-backend: estimate was running out of memory: the heap grew by"
                    + " 70 MB of its 256 MB while it ran, and it was stopped after 100 ms; give Cambrian more with"
                    + " CAMBRIAN_JAVA_OPTS=-Xmx8g if the plugin needs it");
        }
        PluginFailure hung = catchThrowableOfType(PluginFailure.class, () -> guard.call("p", "b", "estimate", () -> {
            Thread.sleep(10_000);
            return 1;
        }));
        assertThat(hung.describe()).isEqualTo("plugin p, backend b: estimate did not return within 300 ms");
    }

    @Test
    void withTracesOnAFailingCallsStackIsPrintedOncePerPluginBackendAndStep() {
        java.io.StringWriter sink = new java.io.StringWriter();
        guard.traceFailuresTo(new java.io.PrintWriter(sink));
        for (int i = 0; i < 3; i++) { // a Monte Carlo run fails every chunk the same way, each step naming its chunk: one stack
            String step = "sampling chunk " + i;
            catchThrowableOfType(PluginFailure.class, () -> guard.call("p", "b", step, () -> 1 / zero()));
        }
        String out = sink.toString();
        assertThat(out).startsWith("debug: plugin p, backend b: sampling chunk 0 failed: ArithmeticException: / by zero; where the"
                + " plugin threw:").contains("at dev.cambrian.host.GuardTest.zero");
        assertThat(out.split("debug: ", -1)).hasSize(2);
        catchThrowableOfType(PluginFailure.class, () -> guard.call("p", "other", "estimate", () -> 1 / zero()));
        assertThat(sink.toString().split("debug: ", -1)).as("another backend").hasSize(3);
    }

    private static int zero() {
        if (Boolean.TRUE) {
            throw new ArithmeticException("/ by zero");
        }
        return 0;
    }

    @Test
    void returnsTheResultOfACallThatSucceeds() {
        assertThat(guard.call("p", "b", "sum", () -> 40 + 2)).isEqualTo(42);
    }

    @Test
    void runsTheCallOnADaemonThreadOfItsOwn() {
        Thread caller = Thread.currentThread();
        Thread callee = guard.call("p", "b", "thread", Thread::currentThread);
        assertThat(callee).isNotSameAs(caller);
        assertThat(callee.isDaemon()).isTrue();
        assertThat(callee.getName()).isEqualTo("cambrian-plugin-call");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void eachCallerKeepsItsOwnPluginThreadUntilACallDoesNotReturn() throws Exception {
        Thread first = guard.call("p", "b", "thread", Thread::currentThread);
        assertThat(guard.call("p", "b", "thread", Thread::currentThread)).isSameAs(first);
        java.util.concurrent.FutureTask<Thread> elsewhere = new java.util.concurrent.FutureTask<>(
                () -> guard.call("p", "b", "thread", Thread::currentThread));
        new Thread(elsewhere).start();
        assertThat(elsewhere.get()).as("another caller's thread").isNotSameAs(first);
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertThatThrownBy(() -> guard.call("stubborn", "b", "estimate", () -> {
                while (!release.await(10, TimeUnit.MILLISECONDS)) {
                    Thread.interrupted(); // swallow the cancellation and keep going
                }
                return 1;
            })).isInstanceOf(PluginFailure.class);
            Thread after = guard.call("p", "b", "thread", Thread::currentThread);
            assertThat(after).as("the hung thread is left behind").isNotSameAs(first);
            assertThat(after.getName()).isEqualTo("cambrian-plugin-call");
        } finally {
            release.countDown();
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void closeInterruptsTheCallsOfEveryCaller() throws Exception {
        Guard closing = new Guard(Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        for (int k = 0; k < 2; k++) {
            Thread caller = new Thread(() -> {
                try {
                    closing.call("p", "b", "estimate", () -> {
                        started.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            interrupted.countDown();
                        }
                        return 1;
                    });
                } catch (RuntimeException ignored) {
                    // what the call returns after the close does not matter here
                }
            });
            caller.setDaemon(true);
            caller.start();
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        closing.close();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("both callers' plugin threads interrupted").isTrue();
        assertThatThrownBy(() -> closing.call("p", "b", "estimate", () -> 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExceptionBecomesAFailureNamingThePluginAndBackend() {
        IllegalStateException boom = new IllegalStateException("boom");
        PluginFailure f = catchThrowableOfType(PluginFailure.class,
                () -> guard.call("acme-plugin", "acme-backend", "estimate", () -> {
                    throw boom;
                }));
        assertThat(f).isNotNull();
        assertThat(f.plugin()).isEqualTo("acme-plugin");
        assertThat(f.backend()).isEqualTo("acme-backend");
        assertThat(f.getCause()).isSameAs(boom);
        assertThat(f.getMessage()).isEqualTo("estimate failed: IllegalStateException: boom");
        assertThat(f.describe()).isEqualTo("plugin acme-plugin, backend acme-backend: estimate failed: IllegalStateException: boom");
    }

    @Test
    void aCheckedExceptionBecomesAFailureToo() {
        assertThatThrownBy(() -> guard.call("p", "b", "read", () -> {
            throw new java.io.IOException("disk gone");
        })).isInstanceOf(PluginFailure.class).hasMessage("read failed: IOException: disk gone");
    }

    @Test
    void anInvalidResultIsCalledOutAsSuch() {
        assertThatThrownBy(() -> guard.call("p", "b", "estimate", () -> {
            throw new IllegalArgumentException("trainingSeconds must be a finite number, got NaN");
        })).isInstanceOf(PluginFailure.class)
                .hasMessage("estimate failed: invalid result or input IllegalArgumentException:"
                        + " trainingSeconds must be a finite number, got NaN");
    }

    @Test
    void aLinkageErrorBecomesAFailureThatSuggestsTheBundledApi() {
        NoClassDefFoundError missing = new NoClassDefFoundError("dev/cambrian/api/Range");
        PluginFailure f = catchThrowableOfType(PluginFailure.class,
                () -> guard.call("bundler", null, "info()", () -> {
                    throw missing;
                }));
        assertThat(f.getCause()).isSameAs(missing);
        assertThat(f.getMessage()).isEqualTo("info() failed: linkage error (a class missing from the plugin, or the api bundled in it?)"
                + " NoClassDefFoundError: dev/cambrian/api/Range");
        assertThat(f.describe()).isEqualTo("plugin bundler: " + f.getMessage()); // no backend named
    }

    @Test
    void anyOtherErrorBecomesAFailureToo() {
        assertThatThrownBy(() -> guard.call("p", "b", "estimate", () -> {
            throw new StackOverflowError();
        })).isInstanceOf(PluginFailure.class).hasMessage("estimate failed: StackOverflowError");
    }

    @Test
    void whatAReflectivelyCalledConstructorThrewIsReportedNotReflectionsWrapper() {
        NoClassDefFoundError missing = new NoClassDefFoundError("com/example/Driver");
        PluginFailure f = catchThrowableOfType(PluginFailure.class, () -> guard.call("p", "B", "creating B", () -> {
            throw new java.lang.reflect.InvocationTargetException(missing);
        }));
        assertThat(f.getCause()).isSameAs(missing);
        assertThat(f.getMessage()).isEqualTo("creating B failed: linkage error (a class missing from the plugin, or the api"
                + " bundled in it?) NoClassDefFoundError: com/example/Driver");
    }

    @Test
    void anInfeasibleExceptionFromAReflectiveCallPassesThroughToo() {
        InfeasibleException infeasible = new InfeasibleException("no");
        assertThat(catchThrowableOfType(InfeasibleException.class, () -> guard.call("p", "b", "creating", () -> {
            throw new java.lang.reflect.InvocationTargetException(infeasible);
        }))).isSameAs(infeasible);
    }

    @Test
    void aFailedStaticInitialiserNamesItsCause() {
        assertThatThrownBy(() -> guard.call("p", "b", "creating", () -> {
            throw new ExceptionInInitializerError(new NumberFormatException("For input string: \"x\""));
        })).isInstanceOf(PluginFailure.class)
                .hasMessage("creating failed: ExceptionInInitializerError (caused by NumberFormatException: For input string: \"x\")");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCallThatDoesNotReturnInTimeBecomesAFailureAndIsInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        PluginFailure f = catchThrowableOfType(PluginFailure.class, () -> guard.call("slow", "slow-backend", "estimate", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        }));
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(f.getMessage()).isEqualTo("estimate did not return within 300 ms");
        assertThat(f.plugin()).isEqualTo("slow");
        assertThat(elapsedMs).isBetween(250L, 10_000L);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the hung call is interrupted").isTrue();
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCallThatIgnoresInterruptionDoesNotHoldUpTheNextCall() {
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertThatThrownBy(() -> guard.call("stubborn", "b", "estimate", () -> {
                while (!release.await(10, TimeUnit.MILLISECONDS)) {
                    Thread.interrupted(); // swallow the cancellation and keep going
                }
                return 1;
            })).isInstanceOf(PluginFailure.class).hasMessageContaining("did not return within 300 ms");
            assertThat(guard.call("other", "b", "estimate", () -> "fine")).isEqualTo("fine");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aNullResultBecomesAFailure() {
        assertThatThrownBy(() -> guard.call("p", "b", "parameters()", () -> null))
                .isInstanceOf(PluginFailure.class)
                .hasMessage("parameters() returned nothing (null)")
                .hasNoCause();
    }

    @Test
    void infeasibleExceptionPassesThroughUnchanged() {
        InfeasibleException infeasible = new InfeasibleException("failures leave no useful time");
        Throwable thrown = catchThrowableOfType(InfeasibleException.class, () -> guard.call("p", "b", "estimate", () -> {
            throw infeasible;
        }));
        assertThat(thrown).isSameAs(infeasible);
    }

    @Test
    void aSubclassOfInfeasibleExceptionPassesThroughToo() {
        class NoAnswer extends InfeasibleException {
            private static final long serialVersionUID = 1L;

            NoAnswer() {
                super("no answer");
            }
        }
        NoAnswer noAnswer = new NoAnswer();
        assertThat(catchThrowableOfType(InfeasibleException.class, () -> guard.call("p", "b", "estimate", () -> {
            throw noAnswer;
        }))).isSameAs(noAnswer);
    }

    @Test
    void aFailureFromANestedGuardedCallKeepsItsOwnPluginName() {
        PluginFailure inner = new PluginFailure("inner-plugin", "inner", "inner failed", null);
        assertThat(catchThrowableOfType(PluginFailure.class, () -> guard.call("outer-plugin", "outer", "estimate", () -> {
            throw inner;
        }))).isSameAs(inner);
    }

    @Test
    void aCallAfterCloseIsAClearErrorNotAPluginFailure() {
        Guard closed = new Guard(Duration.ofMillis(300));
        closed.close();
        closed.close(); // closing twice is harmless

        // the plugin did nothing wrong: blaming it with a PluginFailure would mislead
        assertThatThrownBy(() -> closed.call("acme-plugin", "acme-backend", "estimate", () -> 1))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("guard is closed: cannot run estimate of plugin acme-plugin, backend acme-backend;"
                        + " plugin calls end when the command's context is closed")
                .hasCauseInstanceOf(java.util.concurrent.RejectedExecutionException.class);
        assertThatThrownBy(() -> closed.call("acme-plugin", null, "info()", () -> 1))
                .hasMessageStartingWith("guard is closed: cannot run info() of plugin acme-plugin;");
    }

    @Test
    void theDescriptionOfAFailureNamesWhatBroke() {
        assertThat(Guard.describe(new RuntimeException())).isEqualTo("RuntimeException");
        assertThat(Guard.describe(new LinkageError("x"))).isEqualTo("linkage error (a class missing from the plugin, or the api bundled in it?) LinkageError: x");
        assertThat(Guard.describe(new IllegalArgumentException("y"))).isEqualTo("invalid result or input IllegalArgumentException: y");
        // the value checks' own exception: a figure that came out non-finite or negative, said as such
        assertThat(Guard.describe(new dev.cambrian.api.InvalidValueException("energy must be a finite number, got NaN")))
                .isEqualTo("invalid result: energy must be a finite number, got NaN");
    }
}
