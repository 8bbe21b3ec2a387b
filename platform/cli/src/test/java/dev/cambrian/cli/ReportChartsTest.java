package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The charts' subtitles name what they leave out, from the outcome's lines as the host writes them. */
class ReportChartsTest {
    @Test
    void aLeftOutBackendIsReadFromEitherKindOfLine() {
        assertThat(ReportCharts.backendNamed("gpu-h100: does not fit in memory on 1 devices")).isEqualTo(Optional.of("gpu-h100"));
        // a failed plugin's line (PluginFailure.describe): its backend was never named, so it left the charts unsaid
        assertThat(ReportCharts.backendNamed("plugin flaky 1.0, backend flaky-gpu: threw IllegalStateException: boom"))
                .isEqualTo(Optional.of("flaky-gpu"));
        assertThat(ReportCharts.backendNamed("plugin flaky 1.0: did not start")).isEmpty();
        assertThat(ReportCharts.backendNamed("baseline gpu-h100 gave no reference")).isEmpty();
    }
}
