package dev.cambrian.cli.output;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.Numbers;
import java.util.Locale;

/** Human formatting with units: every number a person reads says what it measures. */
public final class Quantities {
    private Quantities() {
    }

    public static String time(Range seconds) {
        double nominalDays = Units.days(seconds.nominal());
        // a small job's 0.000839 h: seconds and minutes below the hour, as shown (59.97 s is 1 min, not "60 s")
        if (shown(seconds.nominal()) < 60) {
            return range(seconds, "s");
        }
        if (shown(seconds.nominal() / 60) < 60) {
            return range(seconds.times(1 / 60.0), "min");
        }
        if (nominalDays < 2) {
            return range(seconds.times(1 / Units.SECONDS_PER_HOUR), "h");
        }
        if (nominalDays > 730) {
            return range(seconds.times(1 / (365.2425 * Units.SECONDS_PER_DAY)), "y");
        }
        return range(seconds.times(1 / Units.SECONDS_PER_DAY), "d");
    }

    public static String energy(Range joules) {
        double gwh = shown(Units.gwh(joules.nominal()));
        if (gwh >= 1000) {
            return range(joules.times(1 / (Units.JOULES_PER_GWH * 1000)), "TWh");
        }
        if (gwh >= 1) {
            return range(joules.times(1 / Units.JOULES_PER_GWH), "GWh");
        }
        if (gwh >= 1e-3) {
            return range(joules.times(1 / (Units.JOULES_PER_GWH / 1000)), "MWh");
        }
        return range(joules.times(1 / Units.JOULES_PER_KWH), "kWh");
    }

    /** Carbon, given in kgCO2e, shown in tonnes (tCO2e) as published figures are; kt and Mt from 100,000 t. */
    public static String carbon(Range kgCo2e) {
        double tonnes = shown(kgCo2e.nominal() / 1000);
        if (tonnes >= 1e6) {
            return range(kgCo2e.times(1e-9), "MtCO2e");
        }
        if (tonnes >= 1e5) {
            return range(kgCo2e.times(1e-6), "ktCO2e");
        }
        return range(kgCo2e.times(1e-3), "tCO2e");
    }

    /** Water in litres, with an SI prefix (kL, ML, GL) for large volumes. */
    public static String water(Range litres) {
        double n = shown(litres.nominal());
        if (n >= 1e9) {
            return range(litres.times(1e-9), "GL");
        }
        if (n >= 1e6) {
            return range(litres.times(1e-6), "ML");
        }
        if (n >= 1e3) {
            return range(litres.times(1e-3), "kL");
        }
        return range(litres, "L");
    }

    public static String usd(Range usd) {
        double n = shown(usd.nominal());
        double scale = n >= 1e12 ? 1e12 : n >= 1e9 ? 1e9 : n >= 1e6 ? 1e6 : n >= 1e3 ? 1e3 : 1;
        // a million of the nominal's unit and up: "$4.36e+141", not "$4.36e+129T", nor "$967B (519-4.3e+06)" for a high end
        if (Math.max(n, shown(usd.high())) / scale >= 1e6) {
            return "$" + range(usd, "").trim();
        }
        String suffix = scale == 1e12 ? "T" : scale == 1e9 ? "B" : scale == 1e6 ? "M" : scale == 1e3 ? "k" : "";
        return "$" + (suffix.isEmpty() ? range(usd, "").trim() : range(usd.times(1 / scale), suffix).replace(" " + suffix, suffix));
    }

    /** The value as printed (three significant figures), so 999.96 GWh picks TWh and prints "1 TWh", not "1,000 GWh". */
    private static double shown(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
    }

    public static String months(Range months) {
        return range(months, "mo");
    }

    public static String count(Range count) {
        return count.isPoint() || same(count.low(), count.high())
                ? grouped(count.nominal())
                : grouped(count.nominal()) + " (" + grouped(count.low()) + "-" + grouped(count.high()) + ")";
    }

    /** "451 d" for a point, "451 d (380-520)" for a range. */
    public static String range(Range r, String unit) {
        if (unit.equals("year")) { // a calendar year: "2,023 year" dropped the month and could not be typed back
            return r.isPoint() || r.low() == r.high() ? year(r.nominal())
                    : year(r.nominal()) + " (" + year(r.low()) + " to " + year(r.high()) + ")";
        }
        String u = unit.isEmpty() || unit.equals("1") ? "" : " " + unit;
        if (r.low() == r.high()) {
            return number(r.nominal()) + u;
        }
        if (same(r.low(), r.high())) {
            // a spread narrower than three figures still is one ("$100M, 98% premium" read as fixed for 99.99-100.07):
            // its ends relative to the nominal, which reads alike at any magnitude and notation
            return number(r.nominal()) + u + " (" + relative(r.low(), r.nominal()) + " to " + relative(r.high(), r.nominal())
                    + ")";
        }
        return number(r.nominal()) + u + " (" + number(r.low()) + "-" + number(r.high()) + ")";
    }

    /** A value against the nominal, two significant figures: "-0.01%", "+0.07%"; the value itself when the nominal is 0. */
    private static String relative(double v, double nominal) {
        if (nominal == 0) {
            return number(v);
        }
        double percent = (v / nominal - 1) * 100;
        if (percent == 0) {
            return "0%";
        }
        String digits = new java.math.BigDecimal(percent).round(new java.math.MathContext(2)).stripTrailingZeros()
                .toPlainString();
        return (percent > 0 ? "+" : "") + digits + "%";
    }

    /**
     * A calendar year as a decimal year, as --set takes it, with its month: "2023.17 (2023-03)" (the first of the
     * month the decimal falls in).
     */
    public static String year(double v) {
        if (!Double.isFinite(v)) {
            return number(v);
        }
        int whole = (int) Math.floor(v);
        // the month the decimal falls in (a catalog's year + (m - 1) / 12 may land a rounding short of its month)
        int month = (int) Math.floor((v - whole) * 12 + 1e-9) + 1;
        String calendar = month > 12 ? (whole + 1) + "-01" : String.format(java.util.Locale.ROOT, "%d-%02d", whole, month);
        String decimal = v == whole ? String.valueOf(whole) : String.format(java.util.Locale.ROOT, "%.2f", v);
        return decimal + " (" + calendar + ")";
    }

    private static boolean same(double a, double b) {
        return number(a).equals(number(b));
    }

    /** A value with its unit; dimensionless ratios (unit "1") print bare. */
    public static String withUnit(double value, String unit) {
        return range(dev.cambrian.api.Range.of(value), unit);
    }

    /** Three significant figures, plain notation for everyday magnitudes. */
    public static String number(double v) {
        return Numbers.plain(v);
    }

    /**
     * A number the user gave, said back in a message: one beyond a double's range in words ("Infinity" read as if the
     * user had typed it), NaN as "not a number".
     */
    public static String given(double v) {
        if (Double.isNaN(v)) {
            return "not a number (NaN)";
        }
        if (Double.isInfinite(v)) {
            return "one beyond a double's range (" + (v > 0 ? "above " : "below -") + Numbers.compact(Double.MAX_VALUE) + ")";
        }
        return number(v);
    }

    public static String grouped(double v) {
        return Numbers.grouped(v);
    }

    /** Scientific notation for raw SI values (FLOP, parameters). */
    public static String sci(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
