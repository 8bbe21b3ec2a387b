package dev.cambrian.api.relative;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.FabInvestmentModel;
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
        return in -> {
            FabInvestment probe = new FabInvestment(p.lines(), p.procurementMultipleOrNull(), List.of());
            if (!in.explain()) {
                return probe;
            }
            return new FabInvestment(p.lines(), p.procurementMultipleOrNull(), List.of(new Derivation("in-house investment",
                    probe.totalUsd().nominal(), "USD", "R&D + fab + integration (ranges summed)",
                    Derivation.number(probe.totalUsd().low()) + " to " + Derivation.number(probe.totalUsd().high()) + " USD",
                    p.source())));
        };
    }

    static TimelineModel timeline(Programme p) {
        return (ModelInput in, TimeEstimate time) -> {
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
        };
    }
}
