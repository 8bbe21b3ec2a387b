package dev.cambrian.tck;

import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Refuses, while a contract test runs, what would end or outlive the test JVM: System.exit,
 * Runtime.halt and shutdown hooks. Refusals are remembered, so a backend that swallows the
 * SecurityException still fails. Outside a test it allows everything (the test runner exits the JVM).
 */
@SuppressWarnings("removal") // SecurityManager is deprecated, yet on Java 17 the one way to stop System.exit and Runtime.halt
final class TckSecurityManager extends SecurityManager {
    private final SecurityManager previous;
    private volatile boolean armed;
    private final List<String> refused = new CopyOnWriteArrayList<>();

    TckSecurityManager(SecurityManager previous) {
        this.previous = previous;
    }

    void arm() {
        refused.clear();
        armed = true;
    }

    /** Disarms and returns what was refused while armed, each as "check: what". */
    List<String> disarm() {
        armed = false;
        return List.copyOf(refused);
    }

    @Override
    public void checkExit(int status) {
        refuse(Conduct.EXIT, "System.exit / Runtime.halt(" + status + ")");
        if (previous != null) {
            previous.checkExit(status);
        }
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof RuntimePermission && perm.getName().equals("shutdownHooks")) {
            refuse(Conduct.SHUTDOWN_HOOK, "Runtime.addShutdownHook");
        }
        if (previous != null) {
            previous.checkPermission(perm);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private void refuse(String check, String what) {
        if (armed) {
            String problem = "TCK check '" + check + "': the backend called " + what;
            refused.add(problem);
            throw new SecurityException(problem + "; refused");
        }
    }
}
