package dev.cambrian.plugins.tpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadReport;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginHost;
import dev.cambrian.tck.PackagingContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built google-tpu jar loads alone through the host's plugin manager and contributes its devices. */
class TpuPackagingIT extends PackagingContract {

    @TempDir
    Path ownPluginsDir;

    @Override
    protected int expectedBackends() {
        return 6;
    }

    @Test
    void contributesEveryDeviceOfTheCatalogue() throws IOException {
        Files.copy(pluginFile(), ownPluginsDir.resolve(pluginFile().getFileName()));
        try (Guard guard = new Guard(Guard.DEFAULT_TIMEOUT)) {
            LoadReport report = PluginHost.load(ownPluginsDir, guard);
            assertThat(report.problems()).as("problems loading " + pluginFile().getFileName()).isEmpty();
            assertThat(report.backends()).extracting(LoadedBackend::id).containsExactlyInAnyOrder("tpu-v3", "tpu-v4", "tpu-v5e", "tpu-v5p", "tpu-v6e", "tpu-v7");
            assertThat(report.backends()).allSatisfy(b -> assertThat(b.pluginId()).isEqualTo("google-tpu"));
        }
    }
}
