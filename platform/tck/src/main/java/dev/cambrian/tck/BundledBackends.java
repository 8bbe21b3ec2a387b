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
        try (InputStream in = BundledBackends.class.getResourceAsStream("bundled-backends.txt")) {
            if (in == null) {
                throw new IllegalStateException("bundled-backends.txt is missing from the TCK jar");
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
