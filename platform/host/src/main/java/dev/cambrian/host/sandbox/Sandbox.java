package dev.cambrian.host.sandbox;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Map;

/**
 * Keeps plugin code from corrupting the report or ending the run (issue 13). Installed once, before
 * any plugin loads: System.out and System.err become {@link PluginOutput} (a plugin's prints reach
 * stderr with its id; the host writes its report to the stream {@link #install} returns), and the
 * {@link PluginSecurityManager} refuses plugins exit, halt, shutdown hooks, System.setOut and
 * system-property writes. Shutdown hooks (any that got in, and the JVM's on SIGTERM) are given
 * {@link #SHUTDOWN_BOUND}, then the process halts.
 */
public final class Sandbox {
    /** Long enough for the JVM's own hooks (CDS archive writing), short enough that a hung hook is not noticed as a hang. */
    public static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(5);
    /** What a halt after SIGTERM reports when no exit status was set: 128 + SIGTERM, as a shell would. */
    private static final int TERMINATED = 143;

    private static PrintStream stdout;
    private static boolean contained;
    private static volatile int exitStatus = TERMINATED;

    private Sandbox() {
    }

    /**
     * Installs the sandbox (once; later calls return the same stream) and returns the real stdout,
     * the one stream plugins cannot write to.
     */
    public static synchronized PrintStream install() {
        if (stdout != null) {
            return stdout;
        }
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        PrintStream routed = new PluginOutput(realErr).stream();
        // the JDK reads all system properties the first time the default time zone is asked for: a plugin whose
        // LocalDate.now() came first would be refused that read as if it were its own
        java.util.TimeZone.getDefault();
        contained = installSecurityManager();
        System.setOut(routed);
        System.setErr(routed);
        Runtime.getRuntime().addShutdownHook(new Thread(Sandbox::boundShutdown, "cambrian-shutdown-bound"));
        stdout = realOut;
        return realOut;
    }

    /** Whether exit, halt, shutdown hooks and property writes are refused to plugins (false on a Java without a security manager). */
    public static synchronized boolean contained() {
        return contained;
    }

    /** Ends the process with this status; hooks that hang are cut off after {@link #SHUTDOWN_BOUND}. */
    public static void exit(int status) {
        exitStatus = status;
        System.exit(status);
    }

    /** Runs as a shutdown hook: hooks run together, so a daemon timer started here outlives a hung one. */
    private static void boundShutdown() {
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_BOUND.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(exitStatus);
        }, "cambrian-shutdown-timer");
        timer.setDaemon(true);
        timer.start();
    }

    @SuppressWarnings("removal")
    private static boolean installSecurityManager() {
        quietDeprecationWarning();
        try {
            System.setSecurityManager(new PluginSecurityManager());
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false; // a Java that no longer allows one (18+ without -Djava.security.manager=allow, 24+)
        }
    }

    /**
     * Java 17 prints a four-line deprecation warning to the process's stderr the first time a class
     * sets a security manager, unless that class is already in the JDK's list of warned callers. The
     * user did nothing to deserve it, so when the launcher opens java.lang to us, we are listed first.
     */
    @SuppressWarnings("unchecked")
    private static void quietDeprecationWarning() {
        try {
            Field callers = Class.forName("java.lang.System$CallersHolder").getDeclaredField("callers");
            callers.setAccessible(true);
            ((Map<Class<?>, Boolean>) callers.get(null)).put(Sandbox.class, Boolean.TRUE);
        } catch (ReflectiveOperationException | RuntimeException notOpenedOrOtherJava) {
            // the warning is printed; nothing else changes
        }
    }
}
