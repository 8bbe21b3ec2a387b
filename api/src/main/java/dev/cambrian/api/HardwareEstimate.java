package dev.cambrian.api;

import java.util.List;

/**
 * The devices a run needs and what they cost: the hardware (rental, or purchase amortised over the
 * run) and the operations around it (staff, network, storage). Energy is costed by the host.
 */
public record HardwareEstimate(
        List<DeviceCount> devices,
        double hardwareCostUsd,
        double operationsCostUsd,
        List<Derivation> derivation,
        List<String> warnings) {

    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param devices the device kinds, counts and device-hours
     * @param hardwareCostUsd USD for devices (rental, amortised purchase, premiums)
     * @param operationsCostUsd USD for staff, storage and network operations
     * @param derivation the arithmetic, step by step, when asked to explain
     * @param warnings caveats the user should see
     */
    public HardwareEstimate {
        if (devices == null || devices.isEmpty()) {
            throw new IllegalArgumentException("a hardware estimate needs at least one kind of device");
        }
        devices = List.copyOf(devices);
        Checks.nonNegative("hardwareCostUsd", hardwareCostUsd);
        Checks.nonNegative("operationsCostUsd", operationsCostUsd);
        derivation = List.copyOf(derivation);
        warnings = List.copyOf(warnings);
    }
}
