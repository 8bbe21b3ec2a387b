package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A published carbon figure reproduced: energy on the source's basis from its device-hours, times the
 * intensity it states (or, where it states none, its region's annual average from the grid dataset).
 *
 * @param intensityFrom  "stated" or the region dataset row used
 * @param regionTco2e    the same energy at the region's dataset average, when a region is named
 * @param predictedEnergyMwh the energy on the same basis from the device-hours Cambrian predicts for the run, when it is in the runs dataset
 */
public record CarbonCheck(PublishedCarbon published, double energyMwh, double kgCo2ePerKwh, String intensityFrom,
                          double tco2e, OptionalDouble regionTco2e, Optional<Range> predictedEnergyMwh) {

    /** Reproduced over published; 1 when both are zero (a market-based zero). */
    public double ratio() {
        if (published.tco2ePublished() == 0) {
            return tco2e == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return tco2e / published.tco2ePublished();
    }

    public boolean within(double tolerance) {
        return Math.abs(ratio() - 1) <= tolerance;
    }
}
