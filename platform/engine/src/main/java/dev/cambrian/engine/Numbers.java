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

    /** Three significant figures for a reader: 0.37, 12.5, 1,500, 3.20e+07 (grouped below a million). */
    public static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return grouped(v);
        }
        String s = String.format(Locale.ROOT, a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** A whole number with thousands grouped: 50,000. */
    public static String grouped(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
}
