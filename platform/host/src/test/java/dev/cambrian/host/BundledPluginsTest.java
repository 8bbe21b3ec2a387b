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
        TestPluginBuilder.plugin("gpu-baseline").fileName(BundledPlugins.fileName("gpu-baseline"))
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
        TestPluginBuilder.plugin("gpu-baseline").fileName(BundledPlugins.fileName("gpu-baseline"))
                .backend(TestBackendSource.of("test.gpu", "H100", "gpu-h100")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.backend("gpu-h100")).get().extracting(b -> b.file().getFileName().toString())
                .isEqualTo(BundledPlugins.fileName("gpu-baseline"));
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("aaa.jar"));
    }

    @Test
    void aJarNamedLikeABundledOneAtALowerVersionCannotReplaceIt() {
        // the tester's repros: a hand-made baseline, and a fork of intel-gaudi that kept its Plugin-Id, each named as
        // the bundled jar at a version that sorts before the host's
        TestPluginBuilder.plugin("gpu-baseline").version("0.9").provider("Evil").fileName("cambrian-plugin-gpu-baseline-0.9.jar")
                .backend(TestBackendSource.of("test.evil", "EvilH100", "gpu-h100")).buildInto(plugins);
        TestPluginBuilder.plugin("gpu-baseline").fileName(BundledPlugins.fileName("gpu-baseline"))
                .backend(TestBackendSource.of("test.gpu", "H100", "gpu-h100")).buildInto(plugins);
        TestPluginBuilder.plugin("intel-gaudi").version("0.9.0").provider("Acme Cloud")
                .fileName("cambrian-plugin-intel-gaudi-0.9.0.jar")
                .backend(TestBackendSource.of("test.fork", "ForkGaudi3", "intel-gaudi3")).buildInto(plugins);
        TestPluginBuilder.plugin("intel-gaudi").fileName(BundledPlugins.fileName("intel-gaudi"))
                .backend(TestBackendSource.of("test.gaudi", "Gaudi3", "intel-gaudi3")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.plugins()).extracting(p -> p.file().getFileName().toString())
                .containsExactlyInAnyOrder(BundledPlugins.fileName("gpu-baseline"), BundledPlugins.fileName("intel-gaudi"));
        assertThat(report.backend("gpu-h100")).get().extracting(b -> b.file().getFileName().toString())
                .isEqualTo(BundledPlugins.fileName("gpu-baseline"));
        assertThat(report.backend("intel-gaudi3")).get().extracting(b -> b.file().getFileName().toString())
                .isEqualTo(BundledPlugins.fileName("intel-gaudi"));
        assertThat(report.problems()).containsExactlyInAnyOrder(
                new PluginProblem("gpu-baseline", "cambrian-plugin-gpu-baseline-0.9.jar", "plugin id 'gpu-baseline' belongs to"
                        + " the bundled " + BundledPlugins.fileName("gpu-baseline") + "; this jar is not the one the distribution"
                        + " ships and is rejected (a fork needs its own Plugin-Id)"),
                new PluginProblem("intel-gaudi", "cambrian-plugin-intel-gaudi-0.9.0.jar", "plugin id 'intel-gaudi' belongs to"
                        + " the bundled " + BundledPlugins.fileName("intel-gaudi") + "; this jar is not the one the distribution"
                        + " ships and is rejected (a fork needs its own Plugin-Id)"));
    }

    @Test
    void onlyTheHostsOwnVersionNamesABundledJar() {
        assertThat(BundledPlugins.fileName("photonic")).startsWith("cambrian-plugin-photonic-").endsWith(".jar")
                .doesNotContain("${");
        assertThat(BundledPlugins.shippedAs(BundledPlugins.fileName("photonic"))).contains("photonic");
        assertThat(BundledPlugins.shippedAs("cambrian-plugin-photonic-0.9.jar")).isEmpty();
        assertThat(BundledPlugins.shippedAs("cambrian-plugin-photonic-99.0.jar")).isEmpty();
    }

    @Test
    void aPluginWhoseEveryBackendIsADuplicateIsReportedAsFailedOnly() {
        TestPluginBuilder.plugin("third-a").fileName("zz1.jar").backend(TestBackendSource.of("test.a", "A", "dup-x")).buildInto(plugins);
        TestPluginBuilder.plugin("third-b").fileName("zz2.jar").backend(TestBackendSource.of("test.b", "B", "dup-x")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly("third-a");
        assertThat(report.problems()).containsExactly(new PluginProblem("third-b", "zz2.jar",
                "backend id 'dup-x' is already provided by plugin third-a; this one is rejected"));
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
