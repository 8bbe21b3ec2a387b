package dev.cambrian.engine.uncertainty;

import dev.cambrian.engine.Numbers;

/** How the sampling notes write numbers: as the tables print them (1,500; 0.37). */
final class Labels {
    private Labels() {
    }

    static String number(double v) {
        return Numbers.plain(v);
    }

    /** A value in its unit: a calendar year as it is written (2030, not 2,030). */
    static String number(double v, String unit) {
        return unit.equals("year") && v == Math.rint(v) && Math.abs(v) < 1e6 ? String.valueOf((long) v) : number(v);
    }

    /** "50,000-150,000 devices"; a dimensionless unit ("1") is left out. */
    static String range(double low, double high, String unit) {
        return number(low, unit) + "-" + number(high, unit) + suffix(unit);
    }

    /** "from -5 to 1,000 W": readable when low is negative. */
    static String span(double low, double high, String unit) {
        return "from " + number(low, unit) + " to " + number(high, unit) + suffix(unit);
    }

    private static String suffix(String unit) {
        return unit.equals("1") ? "" : " " + unit;
    }
}
