package dev.cambrian.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error while a long command works, drawn by the progressbar library, but
 * only when standard error is a terminal: the launcher says so ({@code -Dcambrian.stderr.tty=true},
 * from {@code [ -t 2 ]}, which Java cannot ask itself). Into a file, a pipe or a test it stays silent,
 * so logs and captured output carry no control characters.
 */
final class Progress implements AutoCloseable {
    /** Set by bin/cambrian when standard error is a terminal. */
    static final String TTY_PROPERTY = "cambrian.stderr.tty";
    private static final int WIDTH = 80;

    private final ProgressBar bar;
    private final PrintWriter err;

    private Progress(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    /** A bar over {@code total} steps named {@code task}, or a silent one when standard error is not a terminal. */
    static Progress of(String task, long total, PrintWriter err) {
        if (!Boolean.getBoolean(TTY_PROPERTY)) {
            return new Progress(null, err);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).continuousUpdate()
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r' + line);
                    err.flush();
                }, WIDTH)).build();
        return new Progress(bar, err);
    }

    void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
        }
    }
}
