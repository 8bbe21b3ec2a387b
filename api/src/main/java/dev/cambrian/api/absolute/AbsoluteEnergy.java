package dev.cambrian.api.absolute;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.TimeEstimate;
import java.util.List;

/** Energy = N x all-in power per device x time x PUE (docs/models.md §2), split over classes by their time. */
final class AbsoluteEnergy implements EnergyModel {
    @Override
    public EnergyEstimate estimate(ModelInput in, TimeEstimate time) {
        double n = in.parameter(DEVICES);
        double watts = in.parameter(POWER);
        double pue = in.parameter(PUE);
        double joules = joules(n, watts, time.trainingSeconds(), pue);
        List<Derivation> steps = !in.explain() ? List.of() : List.of(new Derivation("energy", joules, "J",
                "N x power x time x PUE", (long) n + " x " + Derivation.number(watts) + " W x "
                        + Derivation.number(time.trainingSeconds()) + " s x " + pue, "docs/models.md §2"));
        return EnergyEstimate.proportionalTo(time, joules, steps, List.of());
    }

    @Override
    public void joules(ModelBatch batch, double[] seconds, double[] joules) {
        double[] n = batch.parameters().column(DEVICES);
        double[] watts = batch.parameters().column(POWER);
        double[] pue = batch.parameters().column(PUE);
        for (int i = 0; i < batch.size(); i++) {
            joules[i] = joules(n[i], watts[i], seconds[i], pue[i]);
        }
    }

    /** N x all-in power per device x time x PUE, J. */
    static double joules(double n, double watts, double seconds, double pue) {
        return n * watts * seconds * pue;
    }
}
