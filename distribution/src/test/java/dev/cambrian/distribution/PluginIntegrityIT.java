package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugins lock (docs/architecture.md §5) and the plugin-folder fixes, through the unpacked product. */
class PluginIntegrityIT {
    /** The plugins the distribution ships and the backends they contribute. */
    private static final List<String> BUNDLED_PLUGINS = List.of("gpu-baseline", "photonic", "neuromorphic", "analog-topology",
            "quantum-hybrid", "probabilistic-training", "google-tpu", "amd-instinct", "aws-trainium", "intel-gaudi", "cerebras");
    private static final int BUNDLED_BACKENDS = 30;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHOTONIC = "cambrian-plugin-photonic-1.0.0-SNAPSHOT.jar";
    private static final String NEUROMORPHIC = "cambrian-plugin-neuromorphic-1.0.0-SNAPSHOT.jar";

    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    @Test
    @DisplayName("plugins --lock writes one sorted 'sha256  name' line per jar under a header; --verify-plugins then loads all")
    void lockThenVerify() throws Exception {
        Path plugins = copyOfPlugins();

        Installed.Run lock = cambrian.run(work, "plugins", "--lock", "--plugins", plugins.toString());

        assertThat(lock.exitCode()).as(lock.err()).isZero();
        assertThat(lock.err()).isEmpty();
        assertThat(lock.out()).contains("Wrote " + plugins.resolve("plugins.lock") + ": the SHA-256 of " + BUNDLED_PLUGINS.size() + " plugin jars")
                .doesNotContain("Plugins that failed");
        List<String> lines = Files.readAllLines(plugins.resolve("plugins.lock"));
        assertThat(lines.get(0)).startsWith("# plugins.lock: the SHA-256 of each plugin jar in this folder");
        List<String> expected = new ArrayList<>();
        for (Path jar : jars(plugins)) {
            expected.add(sha256(jar) + "  " + jar.getFileName());
        }
        assertThat(expected).hasSize(BUNDLED_PLUGINS.size());
        assertThat(lines.stream().filter(l -> !l.startsWith("#")).toList()).containsExactlyElementsOf(expected);
        try (Stream<Path> files = Files.list(plugins)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("."))).as("temporary files").isEmpty();
        }

        Installed.Run rank = cambrian.run(work, "rank", "--verify-plugins", "--plugins", plugins.toString(), "--format", "json");
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(rank.err()).as("the lock is not mistaken for a plugin").isEmpty();
        assertThat(backends(rank)).hasSize(BUNDLED_BACKENDS).contains("gpu-h100", "photonic", "neuromorphic");
    }

    @Test
    @DisplayName("each bundled plugin requires this API's minor release at patch 0 up to the next major (pom's floor kept in step)")
    void bundledPluginsRequireThisMinorRelease() throws Exception {
        String floor = dev.cambrian.api.ApiVersion.current().replaceAll("\\.\\d+$", ".0");
        try (var jars = Files.list(cambrian.gpuPlugin().getParent())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (var file = new java.util.jar.JarFile(jar.toFile())) {
                    assertThat(file.getManifest().getMainAttributes().getValue("Plugin-Requires")).as(jar.getFileName().toString())
                            .isEqualTo(">=" + floor + " & <2.0.0");
                }
            }
        }
    }

    @Test
    @DisplayName("a plugins.lock in the folder is in force without --verify-plugins: an unlisted jar is refused")
    void aLockIsEnforcedWheneverItIsThere() throws Exception {
        Path plugins = copyOfPlugins();
        assertThat(cambrian.run(work, "plugins", "--lock", "--plugins", plugins.toString()).exitCode()).isZero();
        List<String> locked = backends(cambrian.run(work, "rank", "--plugins", plugins.toString(), "--format", "json"));
        PluginJars.variant(cambrian.gpuPlugin(), plugins.resolve("extra.jar"), Map.of("Plugin-Id", "extra"), Map.of());

        Installed.Run rank = cambrian.run(work, "rank", "--plugins", plugins.toString(), "--format", "json");

        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(rank.err()).isEqualTo("warning: plugin extra.jar (extra.jar): not in plugins.lock, so not loaded"
                + " (plugins.lock is in force); run 'cambrian plugins --lock' if you trust it\n");
        assertThat(backends(rank)).containsExactlyElementsOf(locked);
    }

    @Test
    @DisplayName("--verify-plugins refuses a changed jar and an unlisted one, reports a missing one, and the rest still rank")
    void verifyRefusesWhatTheLockDoesNotVouchFor() throws Exception {
        Path plugins = copyOfPlugins();
        assertThat(cambrian.run(work, "plugins", "--lock", "--plugins", plugins.toString()).exitCode()).isZero();
        Path photonic = plugins.resolve(PHOTONIC);
        Path original = Files.move(photonic, work.resolve(PHOTONIC));
        PluginJars.variant(original, photonic, Map.of("Plugin-Provider", "Someone else"), Map.of()); // same name, new bytes
        PluginJars.variant(cambrian.gpuPlugin(), plugins.resolve("extra.jar"), Map.of("Plugin-Id", "extra"), Map.of());
        Files.delete(plugins.resolve(NEUROMORPHIC));

        Installed.Run rank = cambrian.run(work, "rank", "--verify-plugins", "--plugins", plugins.toString(), "--format", "json");

        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(backends(rank)).hasSize(BUNDLED_BACKENDS - 2).contains("gpu-h100").doesNotContain("photonic", "neuromorphic");
        List<String> warnings = rank.err().lines().toList();
        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).startsWith("warning: plugin " + PHOTONIC + " (" + PHOTONIC + "): SHA-256 ")
                .contains("differs from " + sha256(original).substring(0, 12) + "... in plugins.lock")
                .endsWith("restore it, or run 'cambrian plugins --lock' if you trust it");
        assertThat(warnings.get(1)).isEqualTo("warning: plugin extra.jar (extra.jar): not in plugins.lock, so not loaded"
                + " (plugins.lock is in force); run 'cambrian plugins --lock' if you trust it");
        assertThat(warnings.get(2)).isEqualTo("warning: plugin " + NEUROMORPHIC + " (" + NEUROMORPHIC + "): listed in"
                + " plugins.lock but not in the plugins folder; restore it, or run 'cambrian plugins --lock' to lock the folder as it is");

        // without the flag the lock is in force all the same (issue 13): the changed photonic jar stays out
        Installed.Run unflagged = cambrian.run(work, "rank", "--plugins", plugins.toString(), "--format", "json");
        assertThat(backends(unflagged)).doesNotContain("photonic");
    }

    @Test
    @DisplayName("--verify-plugins without a lock file: exit 2, one line naming the expected path and how to create it")
    void verifyWithoutALock() throws Exception {
        Path plugins = copyOfPlugins();

        Installed.Run run = cambrian.run(work, "estimate", "--verify-plugins", "--plugins", plugins.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: --verify-plugins: no lock file " + plugins.resolve("plugins.lock")
                + "; create it from the plugins you trust with 'cambrian plugins --lock --plugins " + plugins + "'\n");

        Installed.Run bundled = cambrian.run(work, "plugins", "--verify-plugins");
        assertThat(bundled.exitCode()).isEqualTo(2);
        assertThat(bundled.err()).isEqualTo("error: --verify-plugins: no lock file " + cambrian.plugins().resolve("plugins.lock")
                + "; create it from the plugins you trust with 'cambrian plugins --lock'\n");
    }

    @Test
    @DisplayName("a malformed lock file is bad input located by file and line")
    void malformedLock() throws Exception {
        Path plugins = copyOfPlugins();
        Files.writeString(plugins.resolve("plugins.lock"), "# edited by hand\nabc  x.jar\n");

        Installed.Run run = cambrian.run(work, "rank", "--verify-plugins", "--plugins", plugins.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + plugins.resolve("plugins.lock") + ":2: expected '<64 hex digits>  <jar file"
                + " name>', got 'abc  x.jar'; write the lock again with 'cambrian plugins --lock'\n");
    }

    @Test
    @DisplayName("PF4J's disabled.txt and enabled.txt and a README are ignored; a jar without Plugin-Requires is rejected")
    void folderFixes() throws Exception {
        Path plugins = copyOfPlugins();
        Files.writeString(plugins.resolve("disabled.txt"), "gpu-baseline\n");
        Files.writeString(plugins.resolve("enabled.txt"), "photonic\n");
        Files.writeString(plugins.resolve("README.txt"), "Drop plugin jars here.\n");
        Map<String, String> noRequires = new HashMap<>();
        noRequires.put("Plugin-Id", "unversioned");
        noRequires.put("Plugin-Requires", null);
        PluginJars.variant(cambrian.gpuPlugin(), plugins.resolve("unversioned.jar"), noRequires, Map.of());

        Installed.Run run = cambrian.run(work, "plugins", "--plugins", plugins.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        List<String> loaded = new ArrayList<>();
        root.get("plugins").forEach(p -> loaded.add(p.get("id").asText()));
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(BUNDLED_PLUGINS);
        assertThat(root.get("problems")).hasSize(1);
        JsonNode problem = root.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("unversioned.jar");
        assertThat(problem.get("problem").asText()).isEqualTo("declares no Plugin-Requires; add Plugin-Requires:"
                + " >=" + dev.cambrian.api.ApiVersion.current().replaceAll("\\.\\d+$", ".0")
                + " & <2.0.0 (the API versions it was built for) to its MANIFEST.MF");
        assertThat(run.err()).isEqualTo("warning: plugin unversioned (unversioned.jar): " + problem.get("problem").asText() + "\n");
    }

    private Path copyOfPlugins() throws IOException {
        Path copy = Files.createDirectory(work.resolve("plugins"));
        for (Path jar : jars(cambrian.plugins())) {
            Files.copy(jar, copy.resolve(jar.getFileName()));
        }
        return copy;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<String> backends(Installed.Run run) throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(run.out()).get("results").forEach(r -> ids.add(r.get("backend").asText()));
        return ids;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
