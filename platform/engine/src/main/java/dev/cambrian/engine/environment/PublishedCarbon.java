package dev.cambrian.engine.environment;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One published carbon figure (data/published-carbon.csv), with the basis its source states: device-hours
 * x watts per device x PUE, times a stated intensity or the annual average of a named region.
 *
 * @param runOrNull the run's id in data/published-runs.csv, when it is there (its hours can then be predicted)
 */
public record PublishedCarbon(String id, String model, String runOrNull, String device, double deviceHours,
                              double wattsPerDevice, String powerBasis, double pue, OptionalDouble energyMwhPublished,
                              OptionalDouble statedKgCo2ePerKwh, String regionOrNull, double tco2ePublished, String basis,
                              String source, String location) {

    public PublishedCarbon {
        if (statedKgCo2ePerKwh.isEmpty() && regionOrNull == null) {
            throw new IllegalArgumentException(id + ": needs a stated intensity or a region");
        }
    }

    public Optional<String> run() {
        return Optional.ofNullable(runOrNull);
    }

    public Optional<String> region() {
        return Optional.ofNullable(regionOrNull);
    }
}
