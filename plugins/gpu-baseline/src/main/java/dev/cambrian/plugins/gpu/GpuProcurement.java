package dev.cambrian.plugins.gpu;

import static dev.cambrian.plugins.gpu.GpuParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Range;
import java.util.List;

/** GPUs are bought, not fabbed: the investment is the purchase of the cluster's devices. */
final class GpuProcurement implements FabInvestmentModel {
    @Override
    public FabInvestment estimate(ModelInput in) {
        double n = in.parameter(DEVICES);
        double usd = n * in.parameter(DEVICE_PRICE);
        return new FabInvestment(
                List.of(new InvestmentLine("procurement of " + (long) n + " GPUs", Range.of(usd), false, "parameter " + DEVICE_PRICE)),
                null,
                !in.explain() ? List.of() : List.of(new Derivation("procurement", usd, "USD", "N x device price",
                        (long) n + " x $" + Derivation.number(in.parameter(DEVICE_PRICE)), "parameter " + DEVICE_PRICE)));
    }
}
