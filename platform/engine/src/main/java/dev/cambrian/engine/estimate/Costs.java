package dev.cambrian.engine.estimate;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.formula.Units;

/** A run's cost is added up once, here: energy is kWh drawn times the scenario's electricity price. */
public final class Costs {
    private Costs() {
    }

    public static double energyCostUsd(double joules, Economics economics) {
        return Units.kwh(joules) * economics.electricityUsdPerKwh();
    }

    /** Hardware + operations + energy. */
    public static double totalUsd(HardwareEstimate hardware, double energyCostUsd) {
        return hardware.hardwareCostUsd() + hardware.operationsCostUsd() + energyCostUsd;
    }

    /** The baseline's own run, costed as any estimate is. */
    public static double totalUsd(ReferenceRun run, Economics economics) {
        return totalUsd(run.hardware(), energyCostUsd(run.energy().joules(), economics));
    }
}
