package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;

/**
 * The carbon intensity of the electricity a run draws. Location-based: the annual average of the
 * region's grid; market-based: the user's own contractual factor (renewable purchases), in place of
 * the grid's.
 */
public record GridFactor(String region, String regionName, Range kgCo2ePerKwh, boolean marketBased, String source) {
    public GridFactor {
        if (kgCo2ePerKwh.low() < 0) {
            throw new IllegalArgumentException("carbon intensity must not be negative, got " + kgCo2ePerKwh.low() + " kgCO2e/kWh");
        }
    }

    public String basis() {
        return marketBased ? "market-based" : "location-based";
    }
}
