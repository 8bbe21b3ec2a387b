package dev.cambrian.host;

/**
 * Text from a plugin (its file name, manifest, backend names, warnings, exception messages) as a terminal may show it:
 * control characters written as \\uXXXX. An escape sequence recoloured or cleared the terminal, and a line break in an
 * exception message forged an "error:" line of its own.
 */
public final class Printable {
    private Printable() {
    }

    /**
     * The text with every ISO control character (line breaks, ESC, BEL, ...), Unicode's line and paragraph separators
     * and its bidirectional overrides (which reorder a table row as shown) as \\uXXXX; null stays null.
     */
    public static String of(String text) {
        if (text == null || text.chars().noneMatch(Printable::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> out.append(unsafe(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
