package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Distribution;
import java.util.Locale;

/** How the sampling notes write numbers and distributions: as the tables print them (1,500; 0.37; log_uniform). */
final class Labels {
    private Labels() {
    }

    /** Three significant figures, thousands grouped, scientific from a million on. */
    static String number(double v) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (a >= 1e6 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        String s = String.format(Locale.ROOT, a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** "50,000-150,000 devices"; a dimensionless unit ("1") is left out. */
    static String range(double low, double high, String unit) {
        return number(low) + "-" + number(high) + suffix(unit);
    }

    /** "from -5 to 1,000 W": readable when low is negative. */
    static String span(double low, double high, String unit) {
        return "from " + number(low) + " to " + number(high) + suffix(unit);
    }

    private static String suffix(String unit) {
        return unit.equals("1") ? "" : " " + unit;
    }

    /** The distribution's id, as {@code backends} and {@code explain} print it. */
    static String id(Distribution d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}
