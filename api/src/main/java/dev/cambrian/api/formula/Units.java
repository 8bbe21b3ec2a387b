package dev.cambrian.api.formula;

/** Unit conversions, in one place. */
public final class Units {
    /** Seconds in an hour. */
    public static final double SECONDS_PER_HOUR = 3600.0;
    /** Seconds in a day. */
    public static final double SECONDS_PER_DAY = 86_400.0;
    /** Mean Gregorian month: 365.2425 / 12 days. */
    public static final double SECONDS_PER_MONTH = 365.2425 / 12 * SECONDS_PER_DAY;
    /** Joules in a kilowatt-hour. */
    public static final double JOULES_PER_KWH = 3.6e6;
    /** Joules in a megawatt-hour. */
    public static final double JOULES_PER_MWH = 3.6e9;
    /** Joules in a gigawatt-hour. */
    public static final double JOULES_PER_GWH = 3.6e12;

    private Units() {
    }

    /**
     * Seconds to hours.
     *
     * @param seconds s
     * @return h
     */
    public static double hours(double seconds) {
        return seconds / SECONDS_PER_HOUR;
    }

    /**
     * Seconds to days.
     *
     * @param seconds s
     * @return days
     */
    public static double days(double seconds) {
        return seconds / SECONDS_PER_DAY;
    }

    /**
     * Seconds to months of {@link #SECONDS_PER_MONTH}.
     *
     * @param seconds s
     * @return months
     */
    public static double months(double seconds) {
        return seconds / SECONDS_PER_MONTH;
    }

    /**
     * Joules to kilowatt-hours.
     *
     * @param joules J
     * @return kWh
     */
    public static double kwh(double joules) {
        return joules / JOULES_PER_KWH;
    }

    /**
     * Joules to gigawatt-hours.
     *
     * @param joules J
     * @return GWh
     */
    public static double gwh(double joules) {
        return joules / JOULES_PER_GWH;
    }
}
