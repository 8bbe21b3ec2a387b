package dev.cambrian.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plugins the distribution ships. They load before any other jar, whatever the file names sort
 * like, so the backend ids they provide are theirs: a third-party plugin claiming one is rejected
 * as a duplicate naming the bundled owner (issue 13), and relative backends find the baseline they
 * were calibrated on. A new bundled plugin is added here (a distribution test checks none is missing).
 */
public final class BundledPlugins {
    private static final Set<String> IDS = Set.of("gpu-baseline", "photonic", "neuromorphic", "analog-topology",
            "quantum-hybrid", "probabilistic-training", "amd-instinct", "aws-trainium", "cerebras", "google-tpu",
            "intel-gaudi");
    private static final String VERSION = hostVersion();

    private BundledPlugins() {
    }

    public static boolean isBundled(String pluginId) {
        return IDS.contains(pluginId);
    }

    /**
     * The backend ids the bundled plugins ship (bundled-backends.txt beside this class), which no other plugin may
     * declare: the TCK fails a plugin that does, and new-plugin will not scaffold one.
     */
    public static Set<String> backendIds() {
        String resource = "bundled-backends.txt";
        try (InputStream in = BundledPlugins.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the host jar");
            }
            Set<String> ids = new TreeSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
            return java.util.Collections.unmodifiableSet(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file name the distribution ships a bundled plugin as: {@code cambrian-plugin-<id>-<version>.jar}, the
     * version being this host's, since the bundled plugins are built in the host's own build (a distribution test
     * checks the shipped names against it).
     */
    public static String fileName(String pluginId) {
        return "cambrian-plugin-" + pluginId + "-" + VERSION + ".jar";
    }

    /**
     * The bundled plugin id a jar's file name says it ships as, if any: only that exact name counts, and the host
     * checks its Plugin-Id agrees. Any other version in the name (a fork's {@code cambrian-plugin-intel-gaudi-0.9.0.jar})
     * is a third-party jar, and sorts after the shipped one whatever its name. The exact name, not a list of the shipped
     * jars' SHA-256: the host is built before the plugins so it cannot hold their hashes, and the name is enough, as no
     * two files in a folder share one: a jar takes the shipped one's place only by replacing its file, which is what
     * plugins.lock guards against.
     */
    static Optional<String> shippedAs(String fileName) {
        return IDS.stream().filter(id -> fileName.equals(fileName(id))).findFirst();
    }

    private static String hostVersion() {
        try (InputStream in = BundledPlugins.class.getResourceAsStream("host-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("host-version.properties is missing from the cambrian-host jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank() || version.contains("${")) {
                // an unfiltered file (a build outside Maven) would make no jar bundled, and any jar could claim their ids
                throw new IllegalStateException("host-version.properties holds no version (" + version + "): build the host"
                        + " with Maven, which writes it");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
