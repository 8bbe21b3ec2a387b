package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A plugin author's machine for end-to-end tests: a home folder of its own whose Maven repository
 * starts empty (never the shared ~/.m2, which may hold stale platform snapshots), and Maven run as
 * a separate process, the system's {@code mvn} or this checkout's wrapper. Third-party artifacts are
 * read from the real ~/.m2 as a file repository ahead of Central, so the builds need no network
 * once a normal build of this repository has run.
 */
final class AuthorMaven {
    record Run(int exitCode, String output) {
    }

    final Path home;

    private AuthorMaven(Path home) {
        this.home = home;
    }

    /** A fresh home with an empty Maven repository and settings that seed it from the real ~/.m2. */
    static AuthorMaven freshHome(Path home) throws IOException {
        Files.createDirectories(home.resolve(".m2/repository"));
        String seed = Path.of(System.getProperty("user.home"), ".m2", "repository").toUri().toString();
        String repository = "<id>seed</id><url>" + seed + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(home.resolve(".m2/settings.xml"), "<settings>\n  <profiles><profile><id>seed</id>\n"
                + "    <repositories><repository>" + repository + "</repository></repositories>\n"
                + "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>\n"
                + "  </profile></profiles>\n  <activeProfiles><activeProfile>seed</activeProfile></activeProfiles>\n</settings>\n");
        return new AuthorMaven(home);
    }

    /** Copies the distribution's sdk/repository into this home's Maven repository, as the plugin guide says. */
    void installSdk(Installed cambrian) throws IOException {
        copyTree(cambrian.home.resolve("sdk/repository"), home.resolve(".m2/repository"));
    }

    /** The system's Maven ({@code mvn} on the PATH, or the property cambrian.it.mvn). */
    static String systemMaven() {
        return System.getProperty("cambrian.it.mvn", "mvn");
    }

    /** This checkout's Maven wrapper. */
    static String wrapper() {
        return Path.of(System.getProperty("cambrian.repository")).resolve("mvnw").toAbsolutePath().normalize().toString();
    }

    /** The environment a command runs in: HOME and Maven's user.home are this home; the wrapper keeps its downloaded Maven. */
    Map<String, String> environment() {
        return Map.of("HOME", home.toString(), "MAVEN_OPTS", "-Duser.home=" + home,
                "MAVEN_USER_HOME", Path.of(System.getProperty("user.home"), ".m2").toString());
    }

    Run maven(String maven, Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(maven, "-B"));
        command.addAll(List.of(args));
        return run(command, project);
    }

    /** Runs a command in dir with this home's environment; output and errors together. */
    Run run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("CAMBRIAN_PLUGINS");
        pb.environment().remove("MAVEN_ARGS");
        pb.environment().putAll(environment());
        Path log = Files.createTempFile(home, "run", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 600 s");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A copy of a project outside the source tree, so its build writes nothing there. */
    static Path copyProject(Path project, Path into) throws IOException {
        Path copy = into.resolve(project.getFileName());
        copyTree(project, copy);
        deleteTree(copy.resolve("target"));
        return copy;
    }

    static void copyTree(Path from, Path to) throws IOException {
        assertThat(from).isDirectory();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
