package dev.cambrian.api;

/**
 * Devices of one kind a run needs, and the device-hours they spend on it.
 *
 * @param kind the short device name
 * @param count devices
 * @param deviceHours device-hours over the run
 * @param forWorkLeftOnBaseline these are the baseline's devices, held only for the operation classes the backend leaves
 *                              whole on the baseline (API 1.7.0; a backend covering a class in part runs its rest on them,
 *                              so it does not mark them): a compound that gives those classes to another member, or to its
 *                              own baseline, does not keep them for this member
 */
public record DeviceCount(String kind, double count, double deviceHours, boolean forWorkLeftOnBaseline) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param kind the short device name
     * @param count devices
     * @param deviceHours device-hours over the run
     * @param forWorkLeftOnBaseline the baseline's devices, held only for the classes left on it
     */
    public DeviceCount {
        Checks.text("device kind", kind);
        Checks.positive("count of " + kind, count);
        Checks.nonNegative("deviceHours of " + kind, deviceHours);
    }

    /**
     * Devices the backend needs whatever runs beside it (its own, or a fleet it always keeps).
     *
     * @param kind the short device name
     * @param count devices
     * @param deviceHours device-hours over the run
     */
    public DeviceCount(String kind, double count, double deviceHours) {
        this(kind, count, deviceHours, false);
    }
}
