package dev.cambrian.api;

/** Devices of one kind a run needs, and the device-hours they spend on it. */
public record DeviceCount(String kind, double count, double deviceHours) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param kind the short device name
     * @param count devices
     * @param deviceHours device-hours over the run
     */
    public DeviceCount {
        Checks.text("device kind", kind);
        Checks.positive("count of " + kind, count);
        Checks.nonNegative("deviceHours of " + kind, deviceHours);
    }
}
