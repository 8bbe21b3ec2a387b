package dev.cambrian.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable examples of a Markdown page: every fenced block whose first line is {@code $ ./cambrian ARGS}.
 * The lines after it are the output the command prints (standard output and error as a terminal shows them),
 * with three conventions a reader sees in the page:
 * <ul>
 * <li>a line {@code ...} stands for any number of lines left out;</li>
 * <li>a note in parentheses after the command that says {@code cut} (e.g. "(source column cut here)") means
 * each line is shown only as wide as the block's widest line;</li>
 * <li>the volatile parts in {@link #MASKS} (hashes, temporary paths, memory sizes) are not compared.</li>
 * </ul>
 * {@link #update} rewrites a block from real output, keeping its command, its note, its cut and its
 * {@code ...} lines where they are.
 */
final class DocExamples {
    /** A block: the command's arguments, its note, its expected lines, and where it is in the page (0-based lines). */
    record Example(Path page, int commandLine, List<String> args, String command, String note, List<String> expected,
                   int endLine) {
        boolean cut() {
            return note.contains("cut");
        }

        int width() {
            return expected.stream().mapToInt(String::length).max().orElse(0);
        }

        String where() {
            return page.getFileName() + ":" + (commandLine + 1) + ": $ ./cambrian " + String.join(" ", args);
        }
    }

    static final String ELLIPSIS = "...";
    private static final Pattern COMMAND = Pattern.compile("^\\$ \\./cambrian(?<args>(?: +[^ (][^ ]*)*)(?<note> {2,}\\(.*\\))?\\s*$");

    /** What changes from run to run or machine to machine, and is not compared: pattern -> placeholder. */
    static final Map<Pattern, String> MASKS = Map.of(
            Pattern.compile("\\b[0-9a-f]{64}\\b"), "<sha256>",
            Pattern.compile("\\b[0-9a-f]{12}\\.\\.\\."), "<sha256 prefix>...",
            Pattern.compile("(/[\\w.+-]+)+/(?=plugins\\b|cambrian\\b)"), "<path>/",
            Pattern.compile("\\b\\d+ MB\\b"), "<n> MB");

    private DocExamples() {
    }

    static List<Example> read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            Matcher m = i + 1 < end ? COMMAND.matcher(lines.get(i + 1)) : null;
            if (m != null && m.matches()) {
                String args = m.group("args").trim();
                out.add(new Example(page, i + 1, args.isEmpty() ? List.of() : List.of(args.split(" +")), lines.get(i + 1)
                        .replaceAll("\\s+$", ""), m.group("note") == null ? "" : m.group("note").trim(),
                        List.copyOf(lines.subList(i + 2, end)), end));
            }
            i = end;
        }
        return out;
    }

    static String mask(String line) {
        String s = line.replaceAll("\\s+$", "");
        for (Map.Entry<Pattern, String> m : MASKS.entrySet()) {
            s = m.getKey().matcher(s).replaceAll(m.getValue());
        }
        return s;
    }

    /** The output as the block shows it: each line cut to the block's width when its note says so, trailing blanks gone. */
    static List<String> shown(Example e, List<String> actual) {
        List<String> out = new ArrayList<>();
        int width = e.width();
        for (String a : actual) {
            String s = e.cut() && a.length() > width ? a.substring(0, width) : a;
            out.add(s.replaceAll("\\s+$", ""));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Whether the output matches the block; {@code ...} matches any run of lines (the shortest that lets the rest match). */
    static boolean matches(Example e, List<String> actual) {
        List<String> expected = trimmed(e.expected());
        List<String> got = shown(e, actual);
        return match(expected, 0, got, 0);
    }

    private static boolean match(List<String> exp, int i, List<String> act, int j) {
        if (i == exp.size()) {
            return j == act.size();
        }
        if (exp.get(i).trim().equals(ELLIPSIS)) {
            for (int k = j; k <= act.size(); k++) {
                if (match(exp, i + 1, act, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < act.size() && mask(exp.get(i)).equals(mask(act.get(j))) && match(exp, i + 1, act, j + 1);
    }

    /**
     * The block rewritten from real output; the command, the note and the {@code ...} lines stay. The part before the
     * first {@code ...} comes from the head of the output; every later part from where its first line appears again
     * (the same line, masked, or else a line that starts the same way, {@link #key}), the last part from the tail of
     * the output when its first line is not found (and a {@code ...} after it when the output goes on).
     */
    static List<String> update(Example e, List<String> actual) {
        List<String> got = shown(e, actual);
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String line : trimmed(e.expected())) {
            if (line.trim().equals(ELLIPSIS)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(line);
            }
        }
        parts.add(part);
        if (parts.size() == 1) {
            return got;
        }
        List<String> out = new ArrayList<>();
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            List<String> want = parts.get(p);
            boolean last = p == parts.size() - 1;
            int from = at;
            if (p > 0 && !want.isEmpty()) {
                int found = find(got, at, want.get(0));
                from = found >= 0 ? found : last ? Math.max(at, got.size() - want.size()) : at;
            } else if (p > 0 && last) {
                from = got.size();
            }
            int to = last && from + want.size() >= got.size() ? got.size() : Math.min(from + want.size(), got.size());
            out.addAll(got.subList(Math.min(from, to), to));
            if (!last || to < got.size()) {
                out.add(ELLIPSIS); // a shown middle part that the output goes on after says so
            }
            at = to;
        }
        return out;
    }

    /** Where a line like {@code wanted} next appears from {@code from}: the same line first, else one starting the same way. */
    private static int find(List<String> got, int from, String wanted) {
        for (int k = from; k < got.size(); k++) {
            if (mask(got.get(k)).equals(mask(wanted))) {
                return k;
            }
        }
        String key = key(wanted);
        for (int k = from; k < got.size(); k++) {
            if (got.get(k).startsWith(key)) {
                return k;
            }
        }
        return -1;
    }

    /** How a line starts: up to its first colon ("Source:", "Warning:") or else its first word ("gpu-h100"). */
    static String key(String line) {
        String t = line.stripLeading();
        int colon = t.indexOf(':');
        int space = t.indexOf(' ');
        int end = colon >= 0 && (space < 0 || colon < space + 12) ? colon + 1 : space >= 0 ? space : t.length();
        return line.substring(0, line.length() - t.length()) + t.substring(0, end);
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
