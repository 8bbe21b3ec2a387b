package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's "done means": a plugins folder with the bundled plugins and hostile ones together still
 * ranks every good backend with valid JSON on stdout, and names every culprit on stderr.
 */
class HostilePluginsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GOOD = List.of("gpu-v100", "gpu-a100", "gpu-h100", "gpu-h800", "gpu-b200", "photonic",
            "neuromorphic", "analog-topology", "quantum-hybrid", "probabilistic-training");

    @TempDir
    static Path install;

    @TempDir
    static Path work;

    static Installed cambrian;

    @BeforeAll
    static void hostileFolder() throws Exception {
        cambrian = Installed.unpack(install);
        Path lib = cambrian.home.resolve("lib");
        Path plugins = cambrian.plugins();
        HostileJars.build(lib, work, plugins, "printer.jar", "printer", "printer", "System.out.println(\"static noise\");",
                "System.out.print(\"{\\\"broken\\\": \"); System.out.close();", "System.out.println(\"model noise\");");
        HostileJars.build(lib, work, plugins, "exiter.jar", "exiter", "exiter", "", "", "System.exit(5);");
        HostileJars.build(lib, work, plugins, "halter.jar", "halter", "halter", "", "Runtime.getRuntime().halt(6);", "");
        HostileJars.build(lib, work, plugins, "hooker.jar", "hooker", "hooker", "",
                "Runtime.getRuntime().addShutdownHook(new Thread(() -> { while (true) { Thread.onSpinWait(); } }));", "");
        HostileJars.build(lib, work, plugins, "separator.jar", "separator", "separator", "", "",
                "System.setProperty(\"line.separator\", \"\\r\\n\");");
        HostileJars.build(lib, work, plugins, "thrower.jar", "thrower", "thrower", "", "",
                "if (true) throw new IllegalStateException(\"thrown on purpose\");");
        HostileJars.build(lib, work, plugins, "aaa-impostor.jar", "impostor", "gpu-h100", "", "", "");
    }

    @Test
    @DisplayName("rank --format json with hostile plugins: every good backend ranked, stdout valid JSON, culprits on stderr")
    void hostilePluginsCannotCorruptTheRun() throws Exception {
        Installed.Run run = cambrian.run(work, "rank", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        List<String> ranked = new ArrayList<>();
        root.get("results").forEach(r -> ranked.add(r.get("backend").asText()));
        assertThat(ranked).containsAll(GOOD).contains("printer").doesNotContain("exiter", "separator", "thrower");
        assertThat(run.out()).doesNotContain("\r").doesNotContain("noise").doesNotContain("broken");
        assertThat(run.err()).contains("[printer] static noise", "[printer] model noise")
                .contains("plugin exiter may not end the process")
                .contains("plugin halter may not end the process")
                .contains("plugin hooker may not register a shutdown hook")
                .contains("plugin separator may not set system property line.separator")
                .contains("plugin thrower, backend thrower: estimate failed: IllegalStateException: thrown on purpose")
                .contains("plugin impostor (aaa-impostor.jar): backend id 'gpu-h100' is already provided by plugin gpu-baseline")
                .doesNotContain("is not loaded");
    }

    @Test
    @DisplayName("plugins lists the good and names the bad; --strict makes any plugin failure exit 3")
    void pluginsCommandSurvivesAndStrictFails() throws Exception {
        Installed.Run plugins = cambrian.run(work, "plugins");
        assertThat(plugins.exitCode()).as(plugins.err()).isZero();
        assertThat(plugins.out()).contains("gpu-baseline").contains("halter").contains("may not end the process");

        Installed.Run strict = cambrian.run(work, "rank", "--strict", "-b", "gpu-h100,photonic");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(3);
        assertThat(strict.out()).contains("gpu-h100");
        assertThat(strict.err()).contains("error: --strict: a plugin failed");
        // the table's notes name a failed call, but stdout may be a file: stderr said nothing, and --strict pointed at
        // "the warnings above"
        Installed.Run table = cambrian.run(work, "rank", "--strict", "-b", "thrower,gpu-h100");
        assertThat(table.exitCode()).as(table.err()).isEqualTo(3);
        assertThat(table.err()).contains("warning: plugin thrower, backend thrower: estimate failed: IllegalStateException");
    }

    @Test
    @DisplayName("compose thrower+photonic names the member that failed")
    void composeNamesTheFailedMember() throws Exception {
        Installed.Run run = cambrian.run(work, "compose", "thrower+photonic");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("error: compose thrower+photonic: a compound needs every member; plugin thrower,"
                + " backend thrower: estimate failed").doesNotContain("every selected backend failed");
    }

    @Test
    @DisplayName("a plugin that fills the heap is reported as out of memory, and the others still rank")
    void outOfMemoryIsReportedAsSuch() throws Exception {
        Path plugins = java.nio.file.Files.createDirectories(work.resolve("hog-plugins"));
        java.nio.file.Files.copy(cambrian.gpuPlugin(), plugins.resolve(cambrian.gpuPlugin().getFileName()));
        HostileJars.build(cambrian.home.resolve("lib"), work, plugins, "hog.jar", "hog", "hog", "", "",
                "java.util.List<long[]> held = new java.util.ArrayList<>();"
                        + " if (held.isEmpty()) { while (true) { held.add(new long[1 << 20]); } }");

        // a small heap: the machine's default (a quarter of its memory) took more than the call's 10 s to fill on a slow
        // host, and the hog was then reported as not returning
        Installed.Run run = cambrian.runWith(java.util.Map.of("CAMBRIAN_CDS", "0", "CAMBRIAN_JAVA_OPTS", "-Xmx512m"), work, "rank",
                "--plugins", plugins.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("plugin hog, backend hog: estimate (ran|was running) out of memory")
                .doesNotContain("did not return");
        List<String> ranked = new ArrayList<>();
        JSON.readTree(run.out()).get("results").forEach(r -> ranked.add(r.get("backend").asText()));
        assertThat(ranked).contains("gpu-h100").doesNotContain("hog");
    }

    @Test
    @DisplayName("a jar named as a bundled one at a lower version, with its Plugin-Id, is rejected and the shipped one kept")
    void aLowerVersionJarCannotReplaceABundledPlugin() throws Exception {
        Path plugins = java.nio.file.Files.createDirectories(work.resolve("impostor-plugins"));
        try (java.util.stream.Stream<Path> jars = java.nio.file.Files.list(cambrian.plugins())) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("cambrian-plugin-")).toList()) {
                java.nio.file.Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        Path lib = cambrian.home.resolve("lib");
        // the tester's two: a hand-made baseline, and a fork of intel-gaudi that kept the id; each name sorts first
        HostileJars.build(lib, work, plugins, "cambrian-plugin-gpu-baseline-0.9.jar", "gpu-baseline", "gpu-h100", "", "", "");
        HostileJars.build(lib, work, plugins, "cambrian-plugin-intel-gaudi-0.9.0.jar", "intel-gaudi", "intel-gaudi3", "", "", "");

        Installed.Run run = cambrian.run(work, "plugins", "--plugins", plugins.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        java.util.Map<String, String> fileOf = new java.util.HashMap<>();
        root.get("plugins").forEach(p -> fileOf.put(p.get("id").asText(), p.get("file").asText()));
        assertThat(fileOf).containsEntry("gpu-baseline", dev.cambrian.host.BundledPlugins.fileName("gpu-baseline"))
                .containsEntry("intel-gaudi", dev.cambrian.host.BundledPlugins.fileName("intel-gaudi"));
        List<String> problems = new ArrayList<>();
        root.get("problems").forEach(p -> problems.add(p.get("file").asText() + ": " + p.get("problem").asText()));
        assertThat(problems).containsExactlyInAnyOrder(
                "cambrian-plugin-gpu-baseline-0.9.jar: plugin id 'gpu-baseline' belongs to the bundled "
                        + dev.cambrian.host.BundledPlugins.fileName("gpu-baseline")
                        + "; this jar is not the one the distribution ships and is rejected (a fork needs its own Plugin-Id)",
                "cambrian-plugin-intel-gaudi-0.9.0.jar: plugin id 'intel-gaudi' belongs to the bundled "
                        + dev.cambrian.host.BundledPlugins.fileName("intel-gaudi")
                        + "; this jar is not the one the distribution ships and is rejected (a fork needs its own Plugin-Id)");
        assertThat(run.err()).contains("plugin gpu-baseline (cambrian-plugin-gpu-baseline-0.9.jar): plugin id 'gpu-baseline'"
                + " belongs to the bundled");
    }

    @Test
    @DisplayName("every plugin the distribution ships is one the host loads first (BundledPlugins lists it, by its file name)")
    void everyShippedPluginIsListedAsBundled() throws Exception {
        List<String> shipped = new ArrayList<>();
        try (java.util.stream.Stream<Path> jars = java.nio.file.Files.list(cambrian.plugins())) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("cambrian-plugin-")).toList()) {
                try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                    String id = file.getManifest().getMainAttributes().getValue("Plugin-Id");
                    shipped.add(id);
                    // the host knows a bundled jar by its exact name: one the assembly named otherwise would load as a third party's
                    assertThat(jar.getFileName().toString()).isEqualTo(dev.cambrian.host.BundledPlugins.fileName(id));
                }
            }
        }
        assertThat(shipped).isNotEmpty().allSatisfy(id -> assertThat(dev.cambrian.host.BundledPlugins.isBundled(id))
                .as("BundledPlugins lists " + id).isTrue());
    }
}
