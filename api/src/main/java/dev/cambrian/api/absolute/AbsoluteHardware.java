package dev.cambrian.api.absolute;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.formula.Units;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** N devices for the run; hardware and operations are costed per device-hour (docs/models.md §2). */
final class AbsoluteHardware implements HardwareModel {
    private final String deviceKind;

    AbsoluteHardware(String deviceKind) {
        this.deviceKind = deviceKind;
    }

    @Override
    public HardwareEstimate estimate(ModelInput in, TimeEstimate time) {
        double n = in.parameter(DEVICES);
        double deviceHours = deviceHours(n, time.trainingSeconds());
        double hardware = deviceHours * in.parameter(PRICE);
        double operations = deviceHours * in.parameter(OPERATIONS);
        return new HardwareEstimate(List.of(new DeviceCount(deviceKind, n, deviceHours)), hardware, operations,
                !in.explain() ? List.of() : List.of(new Derivation("device-hours", deviceHours, "device-h", "N x time", (long) n + " devices", "docs/models.md §2"),
                        new Derivation("hardware cost", hardware, "USD", "device-hours x price per device-hour",
                                "$" + Derivation.number(in.parameter(PRICE)) + "/device-hour", "parameter " + PRICE),
                        new Derivation("operations cost", operations, "USD", "device-hours x operations per device-hour",
                                "$" + Derivation.number(in.parameter(OPERATIONS)) + "/device-hour", "parameter " + OPERATIONS)),
                List.of());
    }

    @Override
    public void costUsd(ModelBatch batch, double[] seconds, double[] hardwareUsd, double[] operationsUsd) {
        double[] n = batch.parameters().column(DEVICES);
        double[] price = batch.parameters().column(PRICE);
        double[] operations = batch.parameters().column(OPERATIONS);
        for (int i = 0; i < batch.size(); i++) {
            double deviceHours = deviceHours(n[i], seconds[i]);
            hardwareUsd[i] = deviceHours * price[i];
            operationsUsd[i] = deviceHours * operations[i];
        }
    }

    @Override
    public Map<String, double[]> deviceHours(ModelBatch batch, double[] seconds) {
        double[] n = batch.parameters().column(DEVICES);
        double[] out = new double[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            out[i] = deviceHours(n[i], seconds[i]);
        }
        return Map.of(deviceKind, out);
    }

    /** N x time, device-hours. */
    static double deviceHours(double n, double seconds) {
        return n * Units.hours(seconds);
    }

    @Override
    public Optional<String> deviceCountParameter() {
        return Optional.of(DEVICES);
    }
}
