package dev.cambrian.host.sandbox;

import java.security.Permission;
import java.util.PropertyPermission;

/**
 * Refuses plugin code the few things that would end or corrupt the whole run, and allows all else
 * (no policy file: host code and plugins may read files, open sockets and so on as before). Plugin
 * code is any class on the stack loaded by a plugin's class loader, so calls from a plugin's own
 * threads are caught too. The refusal is a SecurityException in the plugin's call, which the guard
 * reports as that plugin's failure.
 */
@SuppressWarnings("removal") // SecurityManager is deprecated, yet on Java 17 the one way to stop System.exit and Runtime.halt
final class PluginSecurityManager extends SecurityManager {

    @Override
    public void checkExit(int status) {
        refuseFromPlugin("end the process (System.exit / Runtime.halt(" + status + "))");
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof PropertyPermission && perm.getActions().contains("write")) {
            // line.separator, user.language, file.encoding...: global state our output depends on
            refuseFromPlugin("set system property " + perm.getName());
        } else if (perm instanceof RuntimePermission) {
            switch (perm.getName()) {
                case "setIO" -> refuseFromPlugin("replace System.out, System.err or System.in");
                case "shutdownHooks" -> refuseFromPlugin("register a shutdown hook");
                case "setSecurityManager" -> refuseFromPlugin("replace the security manager");
                default -> {
                    // every other runtime permission is allowed
                }
            }
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private void refuseFromPlugin(String what) {
        PluginCode.among(getClassContext()).ifPresent(plugin -> {
            throw new SecurityException("plugin " + plugin + " may not " + what + "; refused");
        });
    }
}
