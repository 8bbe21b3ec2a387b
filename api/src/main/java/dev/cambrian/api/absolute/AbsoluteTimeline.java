package dev.cambrian.api.absolute;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Phase;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.TimelineModel;
import dev.cambrian.api.formula.Units;
import java.util.List;

/** Procure and bring up the cluster, then train: the hero month is when training ends. */
final class AbsoluteTimeline implements TimelineModel {
    @Override
    public Timeline estimate(ModelInput in, TimeEstimate time) {
        double deploy = in.parameter(DEPLOYMENT);
        double end = deploy + Units.months(time.trainingSeconds());
        return new Timeline(
                List.of(new Phase("procurement and deployment", 0, deploy), new Phase(Phase.TRAINING, deploy, end)),
                !in.explain() ? List.of() : List.of(new Derivation("hero month", end, "month", "deployment + training time",
                        deploy + " + " + Derivation.number(Units.months(time.trainingSeconds())), "parameter " + DEPLOYMENT)));
    }

    @Override
    public void heroMonth(ModelBatch batch, double[] seconds, double[] months) {
        double[] deploy = batch.parameters().column(DEPLOYMENT);
        for (int i = 0; i < batch.size(); i++) {
            months[i] = deploy[i] + Units.months(seconds[i]);
        }
    }
}
