package dev.cambrian.host;

import dev.cambrian.api.ApiVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.pf4j.DefaultVersionManager;

/**
 * Checks a plugin jar before PF4J sees it, for the faults PF4J would drop silently, accept or turn
 * into confusing errors later: a corrupt archive, no descriptor, no API version constraint, the api
 * or PF4J bundled inside.
 */
final class PluginArchive {
    static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

    private PluginArchive() {
    }

    /** Why this jar cannot be a plugin, or empty when it may be loaded. */
    static Optional<String> defect(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String id = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
            if (id == null || id.isBlank()) {
                return Optional.of("no plugin descriptor: MANIFEST.MF has no Plugin-Id (is this a PF4J plugin jar?)");
            }
            String dependencies = manifest.getMainAttributes().getValue("Plugin-Dependencies");
            if (dependencies != null && !dependencies.isBlank()) {
                // each plugin loads on its own, in a class loader of its own: PF4J left one that names another unresolved,
                // which surfaced as a NullPointerException
                return Optional.of("declares Plugin-Dependencies (" + dependencies.strip() + "), but this host loads every"
                        + " plugin on its own: bundle what it needs in the jar, or name jars in its manifest Class-Path");
            }
            Optional<String> requires = unconstrained(manifest.getMainAttributes().getValue("Plugin-Requires"));
            if (requires.isPresent()) {
                return requires;
            }
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith("dev/cambrian/api/") || name.startsWith("org/pf4j/")) {
                    return Optional.of("bundles host classes (" + name + "): declare cambrian-api and pf4j"
                            + " with <scope>provided</scope>");
                }
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("corrupt or unreadable archive: " + e.getMessage());
        }
    }

    /** Whether PF4J's jar loader would take this file name (it ignores the case of the extension). */
    static boolean isJarName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /**
     * PF4J reads a missing or blank Plugin-Requires as "*" and then accepts the plugin for any API
     * version, the next major one included; a plugin must say which versions it was built for.
     */
    private static Optional<String> unconstrained(String requires) {
        String fix = "Plugin-Requires: " + suggestedRequires() + " (the API versions it was built for)";
        if (requires == null || requires.isBlank()) {
            return Optional.of("declares no Plugin-Requires; add " + fix + " to its MANIFEST.MF");
        }
        if (requires.trim().equals("*")) {
            return Optional.of("declares Plugin-Requires: * (any API version); set " + fix + " in its MANIFEST.MF");
        }
        String nextMajor = nextMajor();
        boolean acceptsNextMajor;
        try {
            DefaultVersionManager versions = new DefaultVersionManager();
            // A plugin for another API is PF4J's version mismatch; this is one for ours that takes the next too.
            acceptsNextMajor = versions.checkVersionConstraint(ApiVersion.current(), requires.trim())
                    && versions.checkVersionConstraint(nextMajor, requires.trim());
        } catch (RuntimeException unparseable) {
            return Optional.empty(); // PF4J reports a constraint it cannot read
        }
        if (acceptsNextMajor) {
            return Optional.of("declares Plugin-Requires: " + requires.trim() + ", which also accepts API " + nextMajor
                    + " (a major version may break it); set " + fix + " in its MANIFEST.MF");
        }
        return Optional.empty();
    }

    private static String nextMajor() {
        String current = ApiVersion.current();
        return (Integer.parseInt(current.substring(0, current.indexOf('.'))) + 1) + ".0.0";
    }

    /** This major version of the API, from the current one on: {@code >=1.0.0 & <2.0.0}. */
    static String suggestedRequires() {
        return ">=" + featureFloor() + " & <" + nextMajor();
    }

    /** This API's minor release at patch 0 (1.4.0 for 1.4.1): a patch adds no API a plugin could need. */
    static String featureFloor() {
        String[] parts = ApiVersion.current().split("\\.");
        return parts[0] + "." + parts[1] + ".0";
    }

    /** The class names the jar's PF4J extension index lists (comments and blank lines skipped), or none. */
    static List<String> extensionIndex(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry index = file.getEntry(EXTENSIONS_INDEX);
            if (index == null) {
                return List.of();
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(index), StandardCharsets.UTF_8))) {
                return in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    static String pluginId(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            String id = m == null ? null : m.getMainAttributes().getValue("Plugin-Id");
            return id == null || id.isBlank() ? jar.getFileName().toString() : id;
        } catch (IOException e) {
            return jar.getFileName().toString();
        }
    }
}
