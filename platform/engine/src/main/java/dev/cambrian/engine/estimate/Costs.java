package dev.cambrian.engine.estimate;

import dev.cambrian.api.Economics;
import dev.cambrian.api.formula.Units;

/** Energy is costed once, here: kWh drawn times the scenario's electricity price. */
public final class Costs {
    private Costs() {
    }

    public static double energyCostUsd(double joules, Economics economics) {
        return Units.kwh(joules) * economics.electricityUsdPerKwh();
    }
}
