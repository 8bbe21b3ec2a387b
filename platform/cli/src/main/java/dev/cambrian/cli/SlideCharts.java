package dev.cambrian.cli;

import dev.cambrian.cli.chart.Chart;
import dev.cambrian.cli.chart.SlideChart;
import dev.cambrian.host.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a slide chart to its file, whole or not at all, as --output writes a report. */
final class SlideCharts {
    private SlideCharts() {
    }

    static void write(Path file, SlideChart.Type type, Chart chart) {
        try {
            AtomicFile.write(file, SlideChart.render(chart, type));
        } catch (IOException e) {
            throw new OutputException("--chart " + file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
