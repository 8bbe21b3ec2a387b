package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.engine.InputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file (docs/architecture.md §5): what {@code plugins --lock} writes, and what {@code --verify-plugins} refuses. */
class PluginLockTest {
    static final TestBackendSource GOOD = TestBackendSource.of("test.good", "GoodBackend", "good-backend");
    static final TestBackendSource OTHER = TestBackendSource.of("test.other", "OtherBackend", "other-backend");

    @TempDir
    Path plugins;

    private final Guard guard = new Guard(Guard.DEFAULT_TIMEOUT);

    @AfterEach
    void closeGuard() {
        guard.close();
    }

    @Test
    void theLockListsEveryJarSortedWithItsSha256UnderAHeader() throws Exception {
        Path good = TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        Path other = TestPluginBuilder.plugin("a-other-plugin").backend(OTHER).buildInto(plugins);
        Files.writeString(plugins.resolve("README.txt"), "not a jar");
        Files.writeString(plugins.resolve(".hidden.jar"), "a hidden file is never loaded, so never locked");

        PluginLock lock = PluginLock.write(plugins);

        List<String> lines = Files.readAllLines(plugins.resolve("plugins.lock"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("# plugins.lock: the SHA-256 of each plugin jar in this folder,"
                + " written by 'cambrian plugins --lock'.");
        assertThat(lines.stream().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                digest(other) + "  a-other-plugin-1.0.0.jar",
                digest(good) + "  good-plugin-1.0.0.jar");
        assertThat(lock.entries()).containsOnlyKeys("a-other-plugin-1.0.0.jar", "good-plugin-1.0.0.jar");
        assertThat(lock.file()).isEqualTo(plugins.resolve("plugins.lock"));
        try (Stream<Path> files = Files.list(plugins)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("a-other-plugin-1.0.0.jar", "good-plugin-1.0.0.jar", "README.txt",
                            ".hidden.jar", "plugins.lock");
        }
    }

    @Test
    void writingAgainReplacesTheOldLockAndReadingGivesWhatWasWritten() throws IOException {
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        PluginLock.write(plugins);
        Path other = TestPluginBuilder.plugin("other-plugin").backend(OTHER).buildInto(plugins);

        PluginLock written = PluginLock.write(plugins);
        PluginLock read = PluginLock.read(plugins).orElseThrow();

        assertThat(read.entries()).isEqualTo(written.entries()).hasSize(2)
                .containsEntry("other-plugin-1.0.0.jar", digest(other));
    }

    @Test
    void aFolderWithoutALockHasNone() {
        assertThat(PluginLock.read(plugins)).isEmpty();
    }

    @Test
    void aMalformedLockIsBadInputNamingFileAndLine() throws IOException {
        Path lock = plugins.resolve("plugins.lock");
        String hash = "ab".repeat(32);
        Files.writeString(lock, "# comment\n\n" + hash + " one-space.jar\n");
        assertThatThrownBy(() -> PluginLock.read(plugins)).isInstanceOf(InputException.class)
                .hasMessage(lock + ":3: expected '<64 hex digits>  <jar file name>', got '" + hash + " one-space.jar';"
                        + " write the lock again with 'cambrian plugins --lock'");

        Files.writeString(lock, hash + "  x.jar\n" + hash.toUpperCase() + "  x.jar\n");
        assertThatThrownBy(() -> PluginLock.read(plugins)).isInstanceOf(InputException.class)
                .hasMessage(lock + ":2: x.jar is listed twice; write the lock again with 'cambrian plugins --lock'");

        Files.writeString(lock, hash + "  lib\\x.jar\n");
        assertThatThrownBy(() -> PluginLock.read(plugins)).isInstanceOf(InputException.class)
                .hasMessage(lock + ":1: 'lib\\x.jar' has a backslash; the lock names files with '/' between folders");
    }

    @Test
    void withTheLockEveryLockedJarLoadsAndTheLockIsNoPlugin() throws IOException {
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        TestPluginBuilder.plugin("other-plugin").backend(OTHER).buildInto(plugins);
        PluginLock lock = PluginLock.write(plugins);

        LoadReport report = PluginHost.load(plugins, guard, lock);

        assertThat(report.problems()).isEmpty();
        assertThat(report.backends()).extracting(LoadedBackend::id).containsExactly("good-backend", "other-backend");
    }

    @Test
    void anUnlistedJarIsRefusedWithoutRunningItsCodeAndTheOthersLoad() throws IOException {
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        PluginLock lock = PluginLock.write(plugins);
        // loaded, its start() would report "did not start"; refused, PF4J never sees it
        TestPluginBuilder.plugin("stranger").pluginClass("test.stranger.StrangerPlugin")
                .source("test.stranger.StrangerPlugin", """
                        package test.stranger;
                        public class StrangerPlugin extends org.pf4j.Plugin {
                            @Override
                            public void start() {
                                throw new IllegalStateException("stranger code ran");
                            }
                        }
                        """)
                .backend(OTHER).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard, lock);

        assertThat(report.problems()).containsExactly(new PluginProblem("stranger-1.0.0.jar", "stranger-1.0.0.jar",
                "not in plugins.lock, so not loaded (plugins.lock is in force); run 'cambrian plugins --lock' if you trust it"));
        assertThat(report.backends()).extracting(LoadedBackend::id).containsExactly("good-backend");
    }

    @Test
    void aJarThatChangedSinceItWasLockedIsRefusedWithBothHashes() throws IOException {
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        Path other = TestPluginBuilder.plugin("other-plugin").backend(OTHER).buildInto(plugins);
        PluginLock lock = PluginLock.write(plugins);
        String locked = digest(other);
        TestPluginBuilder.plugin("other-plugin").provider("Someone else").backend(OTHER).buildInto(plugins); // same name
        String now = digest(other);

        LoadReport report = PluginHost.load(plugins, guard, lock);

        assertThat(now).isNotEqualTo(locked);
        assertThat(report.problems()).containsExactly(new PluginProblem("other-plugin-1.0.0.jar", "other-plugin-1.0.0.jar",
                "SHA-256 " + now.substring(0, 12) + "... differs from " + locked.substring(0, 12) + "... in plugins.lock,"
                        + " so not loaded (plugins.lock is in force): the file changed since it was locked; restore it,"
                        + " or run 'cambrian plugins --lock' if you trust it"));
        assertThat(report.backends()).extracting(LoadedBackend::id).containsExactly("good-backend");
    }

    @Test
    void aLockedJarThatIsGoneIsReportedByName() throws IOException {
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        Path other = TestPluginBuilder.plugin("other-plugin").backend(OTHER).buildInto(plugins);
        PluginLock lock = PluginLock.write(plugins);
        Files.delete(other);

        LoadReport report = PluginHost.load(plugins, guard, lock);

        assertThat(report.problems()).containsExactly(new PluginProblem("other-plugin-1.0.0.jar", "other-plugin-1.0.0.jar",
                "listed in plugins.lock but not in the plugins folder; restore it,"
                        + " or run 'cambrian plugins --lock' to lock the folder as it is"));
        assertThat(report.backends()).extracting(LoadedBackend::id).containsExactly("good-backend");
    }

    @Test
    void withoutALockNothingIsVerified() throws IOException {
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        Files.writeString(plugins.resolve("plugins.lock"), "# lists nothing\n");

        assertThat(PluginHost.load(plugins, guard).problems()).isEmpty();
    }

    @Test
    void sha256sumChecksTheLockToo() throws Exception {
        File tool = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> new File(d, "sha256sum")).filter(File::canExecute).findFirst().orElse(null);
        Assumptions.assumeTrue(tool != null, "sha256sum is not on the PATH");
        TestPluginBuilder.plugin("good-plugin").backend(GOOD).buildInto(plugins);
        TestPluginBuilder.plugin("other-plugin").backend(OTHER).buildInto(plugins);
        PluginLock.write(plugins);

        Process check = new ProcessBuilder(tool.getPath(), "--check", "--strict", "plugins.lock")
                .directory(plugins.toFile()).redirectErrorStream(true).start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo("good-plugin-1.0.0.jar: OK\nother-plugin-1.0.0.jar: OK\n");
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // --- what a plugin's manifest Class-Path loads (issue 13) -------------------------------------------

    @Test
    void theLockCoversTheJarsAPluginsClassPathLoads() throws IOException {
        Path lib = Files.createDirectories(plugins.resolve("lib"));
        Path dependency = TestPluginBuilder.plugin("helper").withoutDescriptor().fileName("helper.jar")
                .entry("helper.txt", "version 1".getBytes(java.nio.charset.StandardCharsets.UTF_8)).buildInto(lib);
        TestPluginBuilder.plugin("good-plugin").classPath("lib/helper.jar").backend(GOOD).buildInto(plugins);
        PluginLock written = PluginLock.write(plugins);
        assertThat(written.entries()).containsKey("lib/helper.jar");

        TestPluginBuilder.plugin("helper").withoutDescriptor().fileName("helper.jar")
                .entry("helper.txt", "swapped".getBytes(java.nio.charset.StandardCharsets.UTF_8)).buildInto(lib);
        LoadReport report = PluginHost.load(plugins, guard, PluginLock.read(plugins).orElseThrow());

        assertThat(report.backends()).isEmpty();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message())
                .startsWith("loads lib/helper.jar (its manifest Class-Path): SHA-256 ")
                .contains("the file changed since it was locked"));
        assertThat(dependency).exists();
    }

    @Test
    void aLockedClassPathJarThatIsGoneIsReportedAndTheLibFolderIsNoProblem() throws IOException {
        Path lib = Files.createDirectories(plugins.resolve("lib"));
        Path dependency = TestPluginBuilder.plugin("helper").withoutDescriptor().fileName("helper.jar")
                .entry("helper.txt", "version 1".getBytes(java.nio.charset.StandardCharsets.UTF_8)).buildInto(lib);
        TestPluginBuilder.plugin("good-plugin").classPath("lib/helper.jar").backend(GOOD).buildInto(plugins);
        PluginLock.write(plugins);
        assertThat(PluginHost.load(plugins, guard, PluginLock.read(plugins).orElseThrow()).problems()).isEmpty();

        Files.delete(dependency); // the plugin loaded without a word: the folder was not what was locked
        LoadReport report = PluginHost.load(plugins, guard, PluginLock.read(plugins).orElseThrow());
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("listed in plugins.lock but not at lib/helper.jar from the plugins folder (a jar a plugin's Class-Path"
                        + " loads); restore it, or run 'cambrian plugins --lock' to lock the folder as it is"));
    }

    @Test
    void aClassPathFolderCannotBeLocked() throws IOException {
        Files.createDirectories(plugins.resolve("classes"));
        TestPluginBuilder.plugin("good-plugin").classPath("classes/").backend(GOOD).buildInto(plugins);
        assertThatThrownBy(() -> PluginLock.write(plugins)).isInstanceOf(IOException.class)
                .hasMessage("cannot lock good-plugin-1.0.0.jar: its Class-Path names the folder classes/, whose classes no lock"
                        + " can cover; nothing was written");
    }
}
