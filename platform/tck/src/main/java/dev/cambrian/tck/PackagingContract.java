package dev.cambrian.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadReport;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built plugin file loads through the host's real plugin manager, alone in a temporary plugins
 * folder, and bundles no api or PF4J classes. Run it after packaging (a failsafe {@code *IT});
 * the plugin parent pom passes the jar's path and id as system properties.
 */
@Tag(PackagingContract.TAG)
public abstract class PackagingContract {
    /** Inherited by every subclass: cambrian-plugin-parent runs the tests with this tag and fails the build when there are none. */
    public static final String TAG = "cambrian-packaging";

    public static final String FILE_PROPERTY = "cambrian.plugin.file";
    public static final String ID_PROPERTY = "cambrian.plugin.id";

    @TempDir
    Path pluginsDir;

    /** The built plugin file; by default from the {@value #FILE_PROPERTY} system property. */
    protected Path pluginFile() {
        String file = System.getProperty(FILE_PROPERTY);
        assertThat(file).as("system property " + FILE_PROPERTY + " (set by the plugin parent pom)").isNotBlank();
        return Path.of(file);
    }

    protected String pluginId() {
        return System.getProperty(ID_PROPERTY);
    }

    /** At least this many backends must load from the plugin. */
    protected int expectedBackends() {
        return Math.max(1, expectedBackendIds().size());
    }

    /** When not empty, exactly these backends must load from the plugin. */
    protected List<String> expectedBackendIds() {
        return List.of();
    }

    @Test
    void loadsInIsolationThroughTheRealPluginManager() throws IOException {
        Path copy = Files.copy(pluginFile(), pluginsDir.resolve(pluginFile().getFileName()));
        try (Guard guard = new Guard(Guard.DEFAULT_TIMEOUT)) {
            LoadReport report = PluginHost.load(pluginsDir, guard);
            assertThat(report.problems()).as("problems loading " + copy.getFileName()).isEmpty();
            assertThat(report.plugins()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(pluginId()));
            assertThat(report.backends()).hasSizeGreaterThanOrEqualTo(expectedBackends());
            if (!expectedBackendIds().isEmpty()) {
                assertThat(report.backends()).extracting(LoadedBackend::id).containsExactlyInAnyOrderElementsOf(expectedBackendIds());
            }
        }
    }

    @Test
    void bundlesNoApiOrPf4jClasses() throws IOException {
        try (JarFile jar = new JarFile(pluginFile().toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName))
                    .as("entries of " + pluginFile().getFileName())
                    .noneMatch(n -> n.startsWith("dev/cambrian/api/") || n.startsWith("org/pf4j/"));
        }
    }
}
