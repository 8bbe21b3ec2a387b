package dev.cambrian.api;

/** Devices of one kind a run needs, and the device-hours they spend on it. */
public record DeviceCount(String kind, double count, double deviceHours) {
    public DeviceCount {
        Checks.text("device kind", kind);
        Checks.positive("count of " + kind, count);
        Checks.nonNegative("deviceHours of " + kind, deviceHours);
    }
}
