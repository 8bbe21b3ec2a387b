package dev.cambrian.api;

/**
 * The baseline system's result on the same workload, which relative models (speedup and energy
 * factors) are applied to. The host computes it from the scenario's baseline backend.
 */
public record ReferenceRun(String backendId, TimeEstimate time, EnergyEstimate energy, HardwareEstimate hardware) {
    public ReferenceRun {
        Checks.id("reference backend id", backendId);
        if (time == null || energy == null || hardware == null) {
            throw new IllegalArgumentException("a reference run needs time, energy and hardware");
        }
    }

    /** The baseline's hardware cost per device-hour of its (first) device kind. */
    public double hardwareUsdPerDeviceHour() {
        return hardware.hardwareCostUsd() / hardware.devices().get(0).deviceHours();
    }

    /** The baseline's operations cost per device-hour of its (first) device kind. */
    public double operationsUsdPerDeviceHour() {
        return hardware.operationsCostUsd() / hardware.devices().get(0).deviceHours();
    }
}
