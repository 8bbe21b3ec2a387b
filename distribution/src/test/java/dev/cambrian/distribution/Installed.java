package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The distribution as a user installs it: the tar.gz unpacked with the system's tar into a
 * temporary folder, and its launcher run as a separate process.
 */
final class Installed {
    record Run(int exitCode, String out, String err) {
    }

    private static Installed shared;

    final Path home;

    private Installed(Path home) {
        this.home = home;
    }

    static Installed unpack(Path into) throws IOException, InterruptedException {
        String archive = System.getProperty("cambrian.distribution");
        assertThat(archive).as("system property cambrian.distribution (set by the distribution pom)").isNotBlank();
        Process tar = new ProcessBuilder("tar", "-xzf", archive, "-C", into.toString()).inheritIO().start();
        assertThat(tar.waitFor()).as("tar exit code").isZero();
        Path home = into.resolve("cambrian");
        assertThat(home.resolve("bin/cambrian")).isExecutable();
        return new Installed(home);
    }

    /**
     * One unpacked distribution for the tests that only run it and change nothing in it (no plugin
     * added, no file in lib/ watched): unpacked once per test JVM into target/it-installed, so the
     * tar and the launcher's first, CDS-recording run are paid once, not once a test class. A test
     * that adds plugins or watches the launcher's CDS files unpacks its own with {@link #unpack}.
     */
    static synchronized Installed shared() throws IOException, InterruptedException {
        if (shared == null) {
            String archive = System.getProperty("cambrian.distribution");
            assertThat(archive).as("system property cambrian.distribution (set by the distribution pom)").isNotBlank();
            Path into = Path.of(archive).resolveSibling("it-installed");
            AuthorMaven.deleteTree(into);
            shared = unpack(Files.createDirectories(into));
        }
        return shared;
    }

    Path plugins() {
        return home.resolve("plugins");
    }

    Path gpuPlugin() throws IOException {
        try (var files = Files.list(plugins())) {
            return files.filter(p -> p.getFileName().toString().startsWith("cambrian-plugin-gpu-baseline")).findFirst().orElseThrow();
        }
    }

    Run run(Path workingDir, String... args) throws IOException, InterruptedException {
        return runWith(java.util.Map.of(), workingDir, args);
    }

    /** The same, with environment variables set for the launcher (CAMBRIAN_CDS, ...). */
    Run runWith(java.util.Map<String, String> env, Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/cambrian").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile());
        pb.environment().remove("CAMBRIAN_PLUGINS");
        pb.environment().remove("CAMBRIAN_CDS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(workingDir, "out", ".txt");
        Path err = Files.createTempFile(workingDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cambrian " + String.join(" ", args) + " did not finish in 120 s");
        }
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
