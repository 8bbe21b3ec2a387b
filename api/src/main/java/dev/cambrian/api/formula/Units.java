package dev.cambrian.api.formula;

/** Unit conversions, in one place. */
public final class Units {
    public static final double SECONDS_PER_HOUR = 3600.0;
    public static final double SECONDS_PER_DAY = 86_400.0;
    /** Mean Gregorian month: 365.2425 / 12 days. */
    public static final double SECONDS_PER_MONTH = 365.2425 / 12 * SECONDS_PER_DAY;
    public static final double JOULES_PER_KWH = 3.6e6;
    public static final double JOULES_PER_MWH = 3.6e9;
    public static final double JOULES_PER_GWH = 3.6e12;

    private Units() {
    }

    public static double hours(double seconds) {
        return seconds / SECONDS_PER_HOUR;
    }

    public static double days(double seconds) {
        return seconds / SECONDS_PER_DAY;
    }

    public static double months(double seconds) {
        return seconds / SECONDS_PER_MONTH;
    }

    public static double kwh(double joules) {
        return joules / JOULES_PER_KWH;
    }

    public static double gwh(double joules) {
        return joules / JOULES_PER_GWH;
    }
}
