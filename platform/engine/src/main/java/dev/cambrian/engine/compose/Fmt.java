package dev.cambrian.engine.compose;

import java.util.Locale;

/** Numbers in derivation text: four significant digits, the same in every locale. */
final class Fmt {
    private Fmt() {
    }

    static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
