package dev.cambrian.plugins.gpu;

import static dev.cambrian.plugins.gpu.GpuParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.formula.Units;
import java.util.List;
import java.util.Optional;

/** N GPUs for the run; hardware and operations are costed per GPU-hour (DESIGN 3.2). */
final class GpuHardware implements HardwareModel {
    private final String deviceKind;

    GpuHardware(String deviceKind) {
        this.deviceKind = deviceKind;
    }

    @Override
    public HardwareEstimate estimate(ModelInput in, TimeEstimate time) {
        double n = in.parameter(DEVICES);
        double gpuHours = n * Units.hours(time.trainingSeconds());
        double hardware = gpuHours * in.parameter(PRICE);
        double operations = gpuHours * in.parameter(OPERATIONS);
        return new HardwareEstimate(List.of(new DeviceCount(deviceKind, n, gpuHours)), hardware, operations,
                !in.explain() ? List.of() : List.of(new Derivation("GPU-hours", gpuHours, "device-h", "N x time", (long) n + " GPUs", "DESIGN 3.2"),
                        new Derivation("hardware cost", hardware, "USD", "GPU-hours x price per GPU-hour",
                                "$" + Derivation.number(in.parameter(PRICE)) + "/GPU-hour", "parameter " + PRICE),
                        new Derivation("operations cost", operations, "USD", "GPU-hours x operations per GPU-hour",
                                "$" + Derivation.number(in.parameter(OPERATIONS)) + "/GPU-hour", "parameter " + OPERATIONS)),
                List.of());
    }

    @Override
    public Optional<String> deviceCountParameter() {
        return Optional.of(DEVICES);
    }
}
