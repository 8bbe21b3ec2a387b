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

    /** @param flag the option that named the file or its folder, for the message (--chart, --slides) */
    static void write(Path file, SlideChart.Type type, Chart chart, String flag) {
        try {
            AtomicFile.write(file, SlideChart.render(chart, type));
        } catch (IOException e) {
            throw new OutputException(flag + " " + file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Refuses, before anything is written, a slide file that could not be written (a folder in its place, say). */
    static void checkWritable(Path file, String flag) {
        try {
            AtomicFile.checkWritable(file);
        } catch (IOException e) {
            throw new OutputException(flag + " " + file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
