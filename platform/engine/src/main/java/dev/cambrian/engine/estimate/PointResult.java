package dev.cambrian.engine.estimate;

import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;

/** The five models evaluated once, at one set of parameter values, and the costs that follow. */
public record PointResult(
        TimeEstimate time,
        EnergyEstimate energy,
        HardwareEstimate hardware,
        FabInvestment fab,
        Timeline timeline,
        double energyCostUsd) {

    public double costUsd() {
        return Costs.totalUsd(hardware, energyCostUsd);
    }
}
