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

    /**
     * Whether the figure checks nothing: a published zero reproduced as zero (a market-based zero intensity makes
     * any energy zero carbon), so neither the energy nor the intensity is tested by it.
     */
    public boolean vacuous() {
        return published.tco2ePublished() == 0 && tco2e == 0;
    }

    /** Reproduced over published; NaN when {@link #vacuous()} (0 / 0). */
    public double ratio() {
        if (published.tco2ePublished() == 0) {
            return tco2e == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        return tco2e / published.tco2ePublished();
    }

    /** Within the tolerance; never for a {@link #vacuous()} figure, which is not counted either way. */
    public boolean within(double tolerance) {
        return Math.abs(ratio() - 1) <= tolerance;
    }
}
