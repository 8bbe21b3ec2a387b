package dev.cambrian.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** The backend ids the bundled plugins ship, which no other plugin may declare (the list is a TCK resource). */
final class BundledBackends {
    static final String CHECK = "takes no bundled backend's id";
    /** Where the bundled plugins' classes live: only they may declare a bundled id. */
    static final String PACKAGE = "dev.cambrian.plugins.";

    private BundledBackends() {
    }

    static Set<String> ids() {
        return lines("bundled-backends.txt");
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

    private static Set<String> lines(String resource) {
        try (InputStream in = BundledBackends.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the TCK jar");
            }
            Set<String> ids = new TreeSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
