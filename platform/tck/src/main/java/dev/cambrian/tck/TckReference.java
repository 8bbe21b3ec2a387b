package dev.cambrian.tck;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Units;
import java.util.List;

/**
 * A plain reference system so relative backends can be checked without the GPU plugin: 10,000
 * devices of faraboschi2024barriers' "1,000 16-bit TFLOP/s" GPU (section 1.3) at 40% utilisation, 1 kW each.
 */
public final class TckReference {
    static final double DEVICES = 10_000;
    static final double FLOP_PER_SECOND = 1e15;
    static final double UTILIZATION = 0.4;
    static final double WATTS = 1000;
    static final double USD_PER_DEVICE_HOUR = 2.0;

    private TckReference() {
    }

    public static ReferenceRun on(Workload workload) {
        double seconds = workload.trainingFlop() / (DEVICES * FLOP_PER_SECOND * UTILIZATION);
        TimeEstimate time = TimeEstimate.split(seconds, workload.mix(), List.of(), List.of());
        EnergyEstimate energy = EnergyEstimate.proportionalTo(time, DEVICES * WATTS * seconds, List.of(), List.of());
        double hours = DEVICES * Units.hours(seconds);
        HardwareEstimate hardware = new HardwareEstimate(List.of(new DeviceCount("reference GPU", DEVICES, hours)),
                hours * USD_PER_DEVICE_HOUR, 0, List.of(), List.of());
        return new ReferenceRun("tck-reference", time, energy, hardware);
    }
}
