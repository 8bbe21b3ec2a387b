package dev.cambrian.api;

/** Scenario-wide prices every backend shares. */
public record Economics(double electricityUsdPerKwh, int year) {
    /** The years a scenario may be set in: wide, for what-ifs; the projections show 2015 on (Projector.EARLIEST_YEAR). */
    public static final int FIRST_YEAR = 1990;
    /** The last year a scenario may be set in. */
    public static final int LAST_YEAR = 2200;

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param electricityUsdPerKwh electricity price (USD/kWh)
     * @param year the scenario's year
     */
    public Economics {
        Checks.nonNegative("electricityUsdPerKwh", electricityUsdPerKwh);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", got " + year);
        }
    }
}
