package dev.cambrian.api.absolute;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Range;
import java.util.List;

/** Devices that are sold are bought, not fabbed: the investment is the purchase of the cluster's devices. */
final class AbsoluteProcurement implements FabInvestmentModel {
    private final String deviceKind;

    AbsoluteProcurement(String deviceKind) {
        this.deviceKind = deviceKind;
    }

    @Override
    public FabInvestment estimate(ModelInput in) {
        double n = in.parameter(DEVICES);
        double usd = n * in.parameter(DEVICE_PRICE);
        return new FabInvestment(
                List.of(new InvestmentLine("procurement of " + (long) n + " x " + deviceKind, Range.of(usd), false, "parameter " + DEVICE_PRICE)),
                null,
                !in.explain() ? List.of() : List.of(new Derivation("procurement", usd, "USD", "N x device price",
                        (long) n + " x $" + Derivation.number(in.parameter(DEVICE_PRICE)), "parameter " + DEVICE_PRICE)));
    }

    @Override
    public void investmentUsd(ModelBatch batch, double[] usd) {
        double[] n = batch.parameters().column(DEVICES);
        double[] price = batch.parameters().column(DEVICE_PRICE);
        for (int i = 0; i < batch.size(); i++) {
            usd[i] = 0 + n[i] * price[i]; // as Range.plus adds the one line to zero
        }
    }
}
