package dev.cambrian.tck;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a backend must not do to the process that runs it, watched over one contract test: write to
 * stdout or stderr (the host's report goes there), end the JVM, register shutdown hooks, change
 * process-wide settings the host's sandbox guards, or leave non-daemon threads behind. {@link #arm}
 * before the test, {@link #disarm} after: it names every check the backend broke.
 */
final class Conduct {
    static final String OUTPUT = "writes nothing to stdout or stderr";
    static final String EXIT = "never ends the JVM";
    static final String SHUTDOWN_HOOK = "registers no shutdown hook";
    static final String THREADS = "leaves no non-daemon thread running";
    static final String SETTINGS = "changes no process-wide setting";

    /** How long, in all, threads started during a test get to end after it: a pool the test shut down ends well within it. */
    static final Duration THREAD_GRACE = Duration.ofSeconds(2);
    /** How many stray threads a failure names. */
    private static final int NAMED_THREADS = 5;

    private static TckSecurityManager securityManager;
    private static String securityManagerUnavailable;

    private final PrintStream out;
    private final PrintStream err;
    private final ByteArrayOutputStream outWritten = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errWritten = new ByteArrayOutputStream();
    private final Set<Thread> before;

    private Conduct() {
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(new Tee(outWritten, out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(errWritten, err), true, StandardCharsets.UTF_8));
        before = Thread.getAllStackTraces().keySet();
        securityManager().ifPresent(TckSecurityManager::arm); // last: armed, it refuses System.setOut, ours too
    }

    /** Starts watching. */
    static Conduct arm() {
        return new Conduct();
    }

    /** Stops watching and restores the streams; throws an AssertionError naming every check broken. */
    void disarm() {
        List<String> problems = new ArrayList<>(securityManager().map(TckSecurityManager::disarm).orElse(List.of()));
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
        written("stdout", outWritten, problems);
        written("stderr", errWritten, problems);
        problems.addAll(strayThreads());
        if (securityManagerUnavailable != null) {
            problems.add("TCK checks '" + EXIT + "', '" + SHUTDOWN_HOOK + "' and '" + SETTINGS + "' need a security manager,"
                    + " and this Java refused one ("
                    + securityManagerUnavailable + "): run the tests with -Djava.security.manager=allow");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    private static void written(String stream, ByteArrayOutputStream written, List<String> problems) {
        if (written.size() > 0) {
            String text = written.toString(StandardCharsets.UTF_8).strip();
            problems.add("TCK check '" + OUTPUT + "': the backend wrote to " + stream + ": \""
                    + (text.length() > 200 ? text.substring(0, 200) + "..." : text) + "\" (report problems in warnings or exceptions)");
        }
    }

    /**
     * Non-daemon threads started during the test that are still alive once {@link #THREAD_GRACE} is over. One deadline
     * for them all: a backend that leaks a thread per call leaves thousands, and half a second each took hours.
     */
    private List<String> strayThreads() {
        long deadline = System.nanoTime() + THREAD_GRACE.toNanos();
        List<Thread> stray = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (before.contains(t) || t.isDaemon() || t.getName().startsWith(BoundedCalls.THREAD_PREFIX)) {
                continue;
            }
            long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (leftMillis > 0) { // join(0) would wait for ever
                try {
                    t.join(leftMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    deadline = System.nanoTime(); // asked to stop: no more waiting, only counting
                }
            }
            if (t.isAlive()) {
                stray.add(t);
            }
        }
        if (stray.isEmpty()) {
            return List.of();
        }
        if (stray.size() == 1) {
            return List.of("TCK check '" + THREADS + "': thread '" + stray.get(0).getName() + "' is still running after the call"
                    + " that started it (it keeps the JVM from exiting; make it a daemon, or stop it)");
        }
        String names = stray.stream().limit(NAMED_THREADS).map(t -> "'" + t.getName() + "'").collect(Collectors.joining(", "));
        return List.of("TCK check '" + THREADS + "': " + stray.size() + " threads started during the test are still running "
                + THREAD_GRACE.toSeconds() + " s after it (" + names + (stray.size() > NAMED_THREADS ? ", ..." : "")
                + "; they keep the JVM from exiting: make them daemons, or stop them)");
    }

    @SuppressWarnings("removal")
    private static synchronized java.util.Optional<TckSecurityManager> securityManager() {
        if (securityManager == null && securityManagerUnavailable == null) {
            quietDeprecationWarning();
            try {
                TckSecurityManager sm = new TckSecurityManager(System.getSecurityManager());
                System.setSecurityManager(sm);
                securityManager = sm;
            } catch (UnsupportedOperationException | SecurityException e) {
                securityManagerUnavailable = String.valueOf(e.getMessage());
            }
        }
        return java.util.Optional.ofNullable(securityManager);
    }

    /** As the host's sandbox does: Java 17 warns on stderr the first time a class sets a security manager. */
    @SuppressWarnings("unchecked")
    private static void quietDeprecationWarning() {
        try {
            Field callers = Class.forName("java.lang.System$CallersHolder").getDeclaredField("callers");
            callers.setAccessible(true);
            ((Map<Class<?>, Boolean>) callers.get(null)).put(Conduct.class, Boolean.TRUE);
        } catch (ReflectiveOperationException | RuntimeException notOpened) {
            // the warning is printed once; nothing else changes
        }
    }

    /** Records what is written and passes it on, so a failing backend's output is still seen. */
    private static final class Tee extends OutputStream {
        private final ByteArrayOutputStream record;
        private final OutputStream through;

        Tee(ByteArrayOutputStream record, OutputStream through) {
            this.record = record;
            this.through = through;
        }

        @Override
        public synchronized void write(int b) {
            record.write(b);
            try {
                through.write(b);
            } catch (java.io.IOException e) {
                // the real stream failing is not the backend's fault
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            record.write(b, off, len);
            try {
                through.write(b, off, len);
            } catch (java.io.IOException e) {
                // as above
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            through.flush();
        }
    }
}
