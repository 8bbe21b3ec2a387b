package dev.cambrian.api;

/**
 * The baseline system's result on the same workload, which relative models (speedup and energy
 * factors) are applied to. The host computes it from the scenario's baseline backend.
 *
 * @param improvedOrNull the same baseline with the scenario's evolutionary levers (faraboschi2024barriers §3),
 *                       when there are any: a technology's claims stay measured against today's baseline,
 *                       but the work it leaves on the baseline runs on the improved one
 */
public record ReferenceRun(String backendId, TimeEstimate time, EnergyEstimate energy, HardwareEstimate hardware,
                           ReferenceRun improvedOrNull) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param backendId the baseline's id
     * @param time its training time
     * @param energy its energy
     * @param hardware its devices and cost
     * @param improvedOrNull the baseline with the scenario's levers, or null
     */
    public ReferenceRun {
        Checks.id("reference backend id", backendId);
        if (time == null || energy == null || hardware == null) {
            throw new IllegalArgumentException("a reference run needs time, energy and hardware");
        }
    }

    /**
     * A reference with no levers in force.
     *
     * @param backendId the baseline's id
     * @param time its training time
     * @param energy its energy
     * @param hardware its devices and cost
     */
    public ReferenceRun(String backendId, TimeEstimate time, EnergyEstimate energy, HardwareEstimate hardware) {
        this(backendId, time, energy, hardware, null);
    }

    /**
     * The same reference with an improved run for the work left on the baseline.
     *
     * @param improved the baseline with the scenario's levers
     * @return a copy carrying it
     */
    public ReferenceRun withImproved(ReferenceRun improved) {
        return new ReferenceRun(backendId, time, energy, hardware, improved);
    }

    /**
     * Where the work a technology does not cover runs: the improved baseline if there is one, else this.
     *
     * @return where the work a technology does not cover runs: the improved baseline if there is one, else this
     */
    public ReferenceRun forWorkLeftOnBaseline() {
        return improvedOrNull != null ? improvedOrNull : this;
    }

    /**
     * The baseline's hardware cost per device-hour of its (first) device kind.
     *
     * @return the baseline's hardware cost per device-hour of its (first) device kind
     */
    public double hardwareUsdPerDeviceHour() {
        return hardware.hardwareCostUsd() / hardware.devices().get(0).deviceHours();
    }

    /**
     * The baseline's operations cost per device-hour of its (first) device kind.
     *
     * @return the baseline's operations cost per device-hour of its (first) device kind
     */
    public double operationsUsdPerDeviceHour() {
        return hardware.operationsCostUsd() / hardware.devices().get(0).deviceHours();
    }
}
