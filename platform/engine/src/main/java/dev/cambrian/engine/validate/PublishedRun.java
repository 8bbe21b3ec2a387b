package dev.cambrian.engine.validate;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.absolute.Precision;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One published training run of the dataset (data/published-runs.csv), as its source states it.
 *
 * @param year        the year training ran (or the source appeared): the device's age counts to its middle
 * @param deviceHours accelerator-hours of the run, stated or derived as count x wall time
 * @param derived     the dataset's columns whose values were derived rather than read from the source
 */
public record PublishedRun(
        String id,
        String model,
        String organisation,
        int year,
        int month,
        Architecture architecture,
        double totalParameters,
        double activeParameters,
        int experts,
        double tokens,
        String devicePublished,
        String backend,
        long deviceCount,
        Precision precision,
        double deviceHours,
        OptionalDouble energyMwh,
        String energyBasis,
        String sourceKey,
        String sourceLocation,
        List<String> derived,
        String notes) {

    public PublishedRun {
        derived = List.copyOf(derived);
    }

    /** Wall-clock hours the published figure implies. */
    public double wallHours() {
        return deviceHours / deviceCount;
    }

    /** Where the figures come from, as a reader would look them up. */
    public String citation() {
        return sourceKey + ", " + sourceLocation;
    }
}
