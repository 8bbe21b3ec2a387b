package dev.cambrian.plugins.gpu;

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

/**
 * The built gpu-baseline jar loads through the host's real plugin manager, alone, and bundles no api
 * or PF4J classes (the TCK's packaging contract, docs/architecture.md §6). Runs under failsafe after packaging; the
 * plugins parent pom passes the jar's path and the plugin id as system properties.
 */
class GpuPluginPackagingIT extends PackagingContract {

    @TempDir
    Path ownPluginsDir;

    @Override
    protected int expectedBackends() {
        return 10;
    }

    @Test
    void contributesEveryNvidiaGeneration() throws IOException {
        Files.copy(pluginFile(), ownPluginsDir.resolve(pluginFile().getFileName()));
        try (Guard guard = new Guard(Guard.DEFAULT_TIMEOUT)) {
            LoadReport report = PluginHost.load(ownPluginsDir, guard);
            assertThat(report.problems()).as("problems loading " + pluginFile().getFileName()).isEmpty();
            assertThat(report.backends()).extracting(LoadedBackend::id)
                    .containsExactlyInAnyOrder("gpu-v100", "gpu-a100-40", "gpu-a100", "gpu-h100", "gpu-h200",
                            "gpu-h800", "gpu-b200", "gpu-gb200", "gpu-b300", "gpu-gb300");
            assertThat(report.backends()).allSatisfy(b -> assertThat(b.pluginId()).isEqualTo("gpu-baseline"));
            // The baseline profile seed-000 is what the seed scenarios ask gpu-h100 for (docs/models.md §0).
            assertThat(report.backend("gpu-h100").orElseThrow().parameters().profile("seed-000")).isPresent();
        }
    }
}
