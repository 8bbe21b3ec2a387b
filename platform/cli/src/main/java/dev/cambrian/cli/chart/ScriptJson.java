package dev.cambrian.cli.chart;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.cambrian.cli.output.JsonTree;

/**
 * JSON that is safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c}-style escapes, so no string in the data can close the element
 * ({@code </script>}) or open a comment ({@code <!--}); U+2028 and U+2029 are escaped too.
 */
public final class ScriptJson {
    private ScriptJson() {
    }

    public static String of(Object value) {
        return JsonTree.line(value, new HtmlSafe());
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            escapes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
