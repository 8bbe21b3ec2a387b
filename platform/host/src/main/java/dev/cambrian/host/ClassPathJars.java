package dev.cambrian.host;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The files a plugin jar makes its class loader read besides itself: the jars its manifest's
 * {@code Class-Path} names, and theirs in turn (the JDK's class loader follows them all). The lock
 * must cover these bytes too, or a swapped dependency would load unnoticed.
 */
final class ClassPathJars {
    private ClassPathJars() {
    }

    /** A Class-Path entry the lock cannot vouch for: a folder, or a location that is not a local file. */
    static final class Uncoverable extends Exception {
        private static final long serialVersionUID = 1L;

        Uncoverable(String message) {
            super(message);
        }
    }

    /** Every existing file the jar's Class-Path reaches, transitively, in the order found; the jar itself excluded. */
    static Set<Path> of(Path jar) throws Uncoverable, IOException {
        Set<Path> found = new LinkedHashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        pending.add(jar.toAbsolutePath().normalize());
        Set<Path> seen = new LinkedHashSet<>(pending);
        while (!pending.isEmpty()) {
            Path current = pending.poll();
            for (String entry : classPath(current)) {
                Path dependency = resolve(current, entry);
                if (Files.isDirectory(dependency)) {
                    throw new Uncoverable("its Class-Path names the folder " + entry + ", whose classes no lock can cover");
                }
                if (Files.isRegularFile(dependency) && seen.add(dependency)) {
                    found.add(dependency);
                    pending.add(dependency);
                }
            }
        }
        return found;
    }

    private static String[] classPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            String value = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return value == null || value.isBlank() ? new String[0] : value.trim().split("\\s+");
        } catch (IOException e) {
            // said with the file it concerns: a dependency's broken manifest is otherwise blamed on the plugin alone
            throw new IOException(jar.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** An entry is a URL relative to the jar's folder, or an absolute one (only file: URLs can be locked). */
    private static Path resolve(Path jar, String entry) throws Uncoverable {
        URI uri;
        try {
            uri = jar.getParent().toUri().resolve(entry);
        } catch (IllegalArgumentException e) {
            throw new Uncoverable("its Class-Path entry " + entry + " is not a valid location");
        }
        if (!"file".equals(uri.getScheme())) {
            throw new Uncoverable("its Class-Path names " + entry + ", which is not a local file");
        }
        return Path.of(uri).normalize();
    }
}
