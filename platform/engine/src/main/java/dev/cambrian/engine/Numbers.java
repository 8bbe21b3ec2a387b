package dev.cambrian.engine;

import java.util.Locale;

/** How the engine writes a number into a derivation or a label: short, exact enough, readable back. */
public final class Numbers {
    private Numbers() {
    }

    /** 4 significant digits without trailing zeros: 2, 0.6667, 1.5e+14, 2.128e+10. */
    public static String compact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("\\.?0+$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }
}
