package dev.cambrian.api;

/** Scenario-wide prices every backend shares. */
public record Economics(double electricityUsdPerKwh, int year) {
    public Economics {
        Checks.nonNegative("electricityUsdPerKwh", electricityUsdPerKwh);
        if (year < 1990 || year > 2200) {
            throw new IllegalArgumentException("year must be between 1990 and 2200, got " + year);
        }
    }
}
