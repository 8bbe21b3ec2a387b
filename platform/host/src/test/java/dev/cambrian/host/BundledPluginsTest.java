package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundled plugin's backend ids stay with it whatever the other jars are called (issue 13). */
class BundledPluginsTest {
    @TempDir
    Path plugins;

    private final Guard guard = new Guard(Guard.DEFAULT_TIMEOUT);

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void aThirdPartyJarThatSortsFirstCannotTakeTheBaselinesId() {
        TestPluginBuilder.plugin("impostor").fileName("aaa-impostor.jar")
                .backend(TestBackendSource.of("test.impostor", "Impostor", "gpu-h100")).buildInto(plugins);
        TestPluginBuilder.plugin("gpu-baseline").fileName("cambrian-plugin-gpu-baseline-1.0.0.jar")
                .backend(TestBackendSource.of("test.gpu", "H100", "gpu-h100")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.backend("gpu-h100")).get().extracting(LoadedBackend::pluginId).isEqualTo("gpu-baseline");
        assertThat(report.problems()).containsExactly(new PluginProblem("impostor", "aaa-impostor.jar",
                "backend id 'gpu-h100' is already provided by plugin gpu-baseline; this one is rejected"));
    }

    @Test
    void aJarThatDeclaresABundledPluginIdUnderAnotherNameIsNotTakenForIt() {
        TestPluginBuilder.plugin("gpu-baseline").fileName("aaa.jar")
                .backend(TestBackendSource.of("test.fake", "Fake", "gpu-h100")).buildInto(plugins);
        TestPluginBuilder.plugin("gpu-baseline").fileName("cambrian-plugin-gpu-baseline-1.0.0.jar")
                .backend(TestBackendSource.of("test.gpu", "H100", "gpu-h100")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.backend("gpu-h100")).get().extracting(b -> b.file().getFileName().toString())
                .isEqualTo("cambrian-plugin-gpu-baseline-1.0.0.jar");
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("aaa.jar"));
    }

    @Test
    void anUnreservedIdStillGoesToTheFirstInNameOrder() {
        TestPluginBuilder.plugin("first").backend(TestBackendSource.of("test.a", "A", "shared-id")).buildInto(plugins);
        TestPluginBuilder.plugin("second").backend(TestBackendSource.of("test.b", "B", "shared-id")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.backend("shared-id")).get().extracting(LoadedBackend::pluginId).isEqualTo("first");
        assertThat(report.problems()).extracting(PluginProblem::plugin).containsExactly("second");
    }
}
