package dev.cambrian.cli;

import dev.cambrian.cli.output.Renderer;
import dev.cambrian.cli.output.Report;
import dev.cambrian.host.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;

/** Sends a report to standard output or, atomically, to the {@code --output} file. */
final class Output {
    private Output() {
    }

    /** What {@code --output} takes for standard output, as most tools do. */
    static final String STDOUT = "-";

    static void emit(Report report, CommonOptions common, PrintWriter out) {
        emit(Renderer.render(report, common.format, common.table), common, out);
    }

    /** Text already in its format (an HTML page, say), to the same places. */
    static void emit(String text, CommonOptions common, PrintWriter out) {
        if (common.output == null || common.output.toString().equals(STDOUT)) {
            out.print(text);
            // PrintWriter keeps a failed write to itself: a full disk or a closed pipe must not pass for success
            if (out.checkError()) {
                throw new OutputException("cannot write to standard output (disk full, or the reader went away?)");
            }
            return;
        }
        try {
            AtomicFile.write(common.output, text);
        } catch (IOException e) {
            throw new OutputException("--output " + common.output + ": cannot write: " + e.getMessage(), e);
        }
    }
}
