package dev.cambrian.host.sandbox;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What takes System.out's and System.err's place once the sandbox is in: every line written there
 * goes to the real stderr, prefixed with the plugin that wrote it, so nothing but the host's report
 * reaches stdout. Lines are gathered per thread (plugins calling from several threads do not
 * interleave mid-line), and after {@link #MAX_LINES} lines a plugin's further output is dropped
 * with one note, so a chatty plugin cannot flood the terminal.
 */
final class PluginOutput extends OutputStream {
    static final int MAX_LINES = 100;
    /** A line without an end is cut here, so a plugin cannot grow a buffer without bound. */
    static final int MAX_LINE_BYTES = 4096;

    private final PrintStream target;
    private final ThreadLocal<LineBuffer> pending = ThreadLocal.withInitial(LineBuffer::new);
    private final Map<String, Integer> linesBy = new ConcurrentHashMap<>();

    PluginOutput(PrintStream target) {
        this.target = target;
    }

    /** A PrintStream over this that the code it is handed to cannot close. */
    PrintStream stream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8) {
            @Override
            public void close() {
                PluginOutput.this.close(); // a plugin closing System.out ends its line, not the host's stderr
            }
        };
    }

    @Override
    public void write(int b) {
        LineBuffer line = pending.get();
        if (b == '\n') {
            emit(line);
            return;
        }
        line.add((byte) b);
        if (line.size() >= MAX_LINE_BYTES) {
            emit(line);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** Nothing: PrintStream flushes after every write, mid-line too; a line goes out when it ends. */
    @Override
    public void flush() {
        // lines are written whole: when they end, are cut at MAX_LINE_BYTES, or the stream is closed
    }

    @Override
    public void close() {
        LineBuffer line = pending.get();
        if (line.size() > 0) {
            emit(line);
        }
    }

    private void emit(LineBuffer line) {
        String text = line.take();
        String who = PluginCode.onStack().orElse("unattributed");
        int n = linesBy.merge(who, 1, Integer::sum);
        synchronized (target) {
            if (n <= MAX_LINES) {
                target.println("[" + who + "] " + stripCarriageReturn(text));
            } else if (n == MAX_LINES + 1) {
                target.println("[" + who + "] (more output from this plugin dropped)");
            }
            target.flush();
        }
    }

    private static String stripCarriageReturn(String text) {
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** A growable byte buffer decoded as UTF-8 when taken. */
    private static final class LineBuffer {
        private byte[] bytes = new byte[128];
        private int size;

        void add(byte b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = b;
        }

        int size() {
            return size;
        }

        String take() {
            String s = new String(bytes, 0, size, StandardCharsets.UTF_8);
            size = 0;
            return s;
        }
    }
}
