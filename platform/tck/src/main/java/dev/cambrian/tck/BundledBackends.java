package dev.cambrian.tck;

import java.util.Set;

/** The backend ids the bundled plugins ship, which no other plugin may declare (the host's bundled-backends.txt). */
final class BundledBackends {
    static final String CHECK = "takes no bundled backend's id";
    /** Where the bundled plugins' classes live: only they may declare a bundled id. */
    static final String PACKAGE = "dev.cambrian.plugins.";

    private BundledBackends() {
    }

    static Set<String> ids() {
        return dev.cambrian.host.BundledPlugins.backendIds(); // one list, which new-plugin reads too
    }

    /**
     * Whether the backend under test is one Cambrian ships: its class in {@link #PACKAGE} and its plugin (the build's
     * {@code cambrian.plugin.id}, when the plugin parent passes it) a bundled one. A fork of a bundled plugin keeps the
     * package and takes a Plugin-Id of its own.
     */
    static boolean isBundled(String backendClassName, String pluginIdOrNull) {
        return backendClassName.startsWith(PACKAGE)
                && (pluginIdOrNull == null || dev.cambrian.host.BundledPlugins.isBundled(pluginIdOrNull));
    }
}
