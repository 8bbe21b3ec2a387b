package dev.cambrian.host.sandbox;

import java.util.Optional;

/**
 * Marks the class loader of a plugin, so the sandbox can tell plugin code from host code by the
 * classes on the stack, on whatever thread it runs (a plugin's own threads and pools included).
 */
public interface PluginCode {
    String pluginId();

    /** The plugin whose class is innermost on the calling thread's stack, if any. */
    static Optional<String> onStack() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(f -> f.getDeclaringClass().getClassLoader())
                        .filter(PluginCode.class::isInstance)
                        .map(l -> ((PluginCode) l).pluginId())
                        .findFirst());
    }

    /** The plugin whose class is innermost among these (a security manager's class context). */
    static Optional<String> among(Class<?>[] classes) {
        for (Class<?> c : classes) {
            if (c.getClassLoader() instanceof PluginCode code) {
                return Optional.of(code.pluginId());
            }
        }
        return Optional.empty();
    }
}
