package dev.cambrian.tck;

import java.security.Permission;
import java.util.List;
import java.util.PropertyPermission;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Refuses, while a contract test runs, what would end or outlive the test JVM (System.exit,
 * Runtime.halt and shutdown hooks) and what the host's sandbox (PluginSecurityManager) refuses plugins
 * on every call: system-property writes (Locale and TimeZone defaults are ones), System.setOut/setErr/setIn
 * and replacing the security manager. Refusals are remembered, so a backend that swallows the
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
        // as the host's sandbox does before plugins run: the JDK reads every property the first time the default time
        // zone is asked for, and a backend's LocalDate.now() must not be blamed for that read
        java.util.TimeZone.getDefault();
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
        if (perm instanceof PropertyPermission && perm.getActions().contains("write")) {
            refuse(Conduct.SETTINGS, propertyWrite(perm.getName()));
        } else if (perm instanceof RuntimePermission) {
            switch (perm.getName()) {
                case "shutdownHooks" -> refuse(Conduct.SHUTDOWN_HOOK, "Runtime.addShutdownHook");
                case "setIO" -> refuse(Conduct.SETTINGS, "System.setOut, setErr or setIn");
                case "setSecurityManager" -> refuse(Conduct.SETTINGS, "System.setSecurityManager");
                default -> {
                    // every other runtime permission is allowed, as by the host
                }
            }
        }
        if (previous != null) {
            previous.checkPermission(perm);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    /** The call that asks to write this property, as a plugin author wrote it. */
    private static String propertyWrite(String property) {
        return switch (property) {
            case "user.language" -> "Locale.setDefault";
            case "user.timezone" -> "TimeZone.setDefault";
            case "*" -> "System.getProperties or setProperties (the whole set, writable)";
            default -> "System.setProperty or clearProperty(\"" + property + "\")";
        };
    }

    private void refuse(String check, String what) {
        if (armed) {
            String problem = "TCK check '" + check + "': the backend called " + what
                    + (check.equals(Conduct.SETTINGS) ? ", which the host's sandbox refuses plugins on every call" : "");
            refused.add(problem);
            throw new SecurityException(problem + "; refused");
        }
    }
}
