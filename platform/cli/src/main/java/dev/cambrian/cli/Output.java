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

    static void emit(Report report, OutputOptions common, PrintWriter out) {
        write(Renderer.render(report, common.format, common.table), common.output, out);
    }

    /** Whether -o names a file to keep: not standard output, nor a device or a pipe, which are written through. */
    static boolean toFile(java.nio.file.Path output) {
        return output != null && !output.toString().equals(STDOUT)
                && !(java.nio.file.Files.exists(output) && !java.nio.file.Files.isRegularFile(output));
    }

    /** As {@link #write(String, java.nio.file.Path, PrintWriter)}, leaving an -o file as it was when the run has no result. */
    static void writeIfAny(boolean anyResult, String text, java.nio.file.Path output, PrintWriter out) {
        if (anyResult || !toFile(output)) {
            write(text, output, out);
        }
    }

    /**
     * As {@link #emit}, except that a run without any result (it exits 1 next) leaves an -o file as it was: empty tables
     * do not replace a good earlier result, as its --chart is not written either. Standard output still gets them.
     */
    static void emitIfAny(boolean anyResult, Report report, OutputOptions common, PrintWriter out) {
        // rendered either way: a bad --table is still the usage error it is
        writeIfAny(anyResult, Renderer.render(report, common.format, common.table), common.output, out);
    }

    /**
     * Writes text piece by piece to {@code output} atomically, or to standard output when it is null or '-': for a
     * shard's part, hundreds of MB that need not be held as one string.
     */
    static void write(AtomicFile.Text text, java.nio.file.Path output, PrintWriter out) {
        if (output == null || output.toString().equals(STDOUT)) {
            try {
                text.writeTo(out);
            } catch (java.io.IOException e) { // a PrintWriter throws none; it keeps the failure for checkError
                throw new OutputException("cannot write to standard output: " + e.getMessage(), e);
            }
            if (out.checkError()) {
                throw new OutputException("cannot write to standard output (disk full, or the reader went away?)");
            }
            return;
        }
        try {
            AtomicFile.write(output, text);
        } catch (java.io.IOException e) {
            throw new OutputException("--output " + output + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes finished text to {@code output} atomically, or to standard output when it is null or '-'. */
    static void write(String text, java.nio.file.Path output, PrintWriter out) {
        write(w -> w.write(text), output, out);
    }
}
