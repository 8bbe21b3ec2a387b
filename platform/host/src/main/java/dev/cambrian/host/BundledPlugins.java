package dev.cambrian.host;

import java.util.Set;

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

    private BundledPlugins() {
    }

    public static boolean isBundled(String pluginId) {
        return IDS.contains(pluginId);
    }

    /**
     * The bundled plugin id a jar's file name says it ships as ({@code cambrian-plugin-<id>-<version>.jar}), if any: a
     * jar counts as bundled only when its name and its Plugin-Id agree, so a third-party jar cannot claim the place by
     * declaring a bundled id.
     */
    static java.util.Optional<String> shippedAs(String fileName) {
        return IDS.stream().filter(id -> fileName.startsWith("cambrian-plugin-" + id + "-") && fileName.endsWith(".jar"))
                .max(java.util.Comparator.comparingInt(String::length)); // the longest id wins (a prefix of another is not it)
    }
}
