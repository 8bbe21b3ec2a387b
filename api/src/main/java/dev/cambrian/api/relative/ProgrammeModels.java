package dev.cambrian.api.relative;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Phase;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.TimelineModel;
import dev.cambrian.api.formula.Units;
import java.util.ArrayList;
import java.util.List;

/** The in-house programme as the fab-investment and timeline models: its lines, then its phases and the run. */
final class ProgrammeModels {
    private ProgrammeModels() {
    }

    static FabInvestmentModel investment(Programme p) {
        return new Investment(p);
    }

    /** The programme's lines, the same in every sample. */
    private record Investment(Programme p) implements FabInvestmentModel {
        @Override
        public FabInvestment estimate(ModelInput in) {
            FabInvestment probe = new FabInvestment(p.lines(), p.procurementMultipleOrNull(), List.of());
            if (!in.explain()) {
                return probe;
            }
            return new FabInvestment(p.lines(), p.procurementMultipleOrNull(), List.of(new Derivation("in-house investment",
                    probe.totalUsd().nominal(), "USD", "R&D + fab + integration (ranges summed)",
                    Derivation.number(probe.totalUsd().low()) + " to " + Derivation.number(probe.totalUsd().high()) + " USD",
                    p.source())));
        }

        @Override
        public void investmentUsd(ModelBatch batch, double[] usd) {
            double total = new FabInvestment(p.lines(), p.procurementMultipleOrNull(), List.of()).totalUsd().nominal();
            java.util.Arrays.fill(usd, 0, batch.size(), total);
        }
    }

    static TimelineModel timeline(Programme p) {
        return new Schedule(p);
    }

    /** The programme's phases, then the run: at least the training slot. */
    private record Schedule(Programme p) implements TimelineModel {
        @Override
        public Timeline estimate(ModelInput in, TimeEstimate time) {
            List<Phase> phases = new ArrayList<>();
            double month = 0;
            for (Programme.Step s : p.steps()) {
                phases.add(new Phase(s.name(), month, month + s.months()));
                month += s.months();
            }
            double training = Math.max(in.parameter(RelativeParameters.TRAINING_SLOT), Units.months(time.trainingSeconds()));
            phases.add(new Phase(Phase.TRAINING, month, month + training));
            return new Timeline(phases, !in.explain() ? List.of() : List.of(new Derivation("hero month", month + training, "month",
                    "programme phases + max(training slot, training time)",
                    Derivation.number(month) + " + max(" + in.parameter(RelativeParameters.TRAINING_SLOT) + ", "
                            + Derivation.number(Units.months(time.trainingSeconds())) + ")", p.source())));
        }

        @Override
        public void heroMonth(ModelBatch batch, double[] seconds, double[] months) {
            double month = 0;
            for (Programme.Step s : p.steps()) {
                month += s.months();
            }
            double[] slot = batch.parameters().column(RelativeParameters.TRAINING_SLOT);
            for (int i = 0; i < batch.size(); i++) {
                months[i] = month + Math.max(slot[i], Units.months(seconds[i]));
            }
        }
    }
}
