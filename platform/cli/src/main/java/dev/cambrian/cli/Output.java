package dev.cambrian.cli;

import dev.cambrian.cli.output.Renderer;
import dev.cambrian.cli.output.Report;
import dev.cambrian.engine.InputException;
import dev.cambrian.host.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;

/** Sends a report to standard output or, atomically, to the {@code --output} file. */
final class Output {
    private Output() {
    }

    static void emit(Report report, CommonOptions common, PrintWriter out) {
        String text = Renderer.render(report, common.format);
        if (common.output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            AtomicFile.write(common.output, text);
        } catch (IOException e) {
            throw new InputException("--output " + common.output + ": cannot write: " + e.getMessage(), e);
        }
    }
}
