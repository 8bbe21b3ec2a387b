package dev.cambrian.engine.lever;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Numbers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The levers that change what is trained rather than what trains it (faraboschi2024barriers §§3.2-3.4): fewer
 * tokens, or more experts with fewer parameters active per token. Every backend then sees the smaller job.
 */
public final class WorkloadLevers {
    private WorkloadLevers() {
    }

    public static Workload apply(Workload w, List<LeverSetting> settings) {
        List<LeverSetting> used = settings.stream().filter(s -> s.lever().flopFactor(s.setting()) != 1).toList();
        if (used.isEmpty()) {
            return w;
        }
        double tokens = w.tokens();
        double active = w.activeParameters();
        double experts = w.experts();
        double flop = w.trainingFlop();
        for (LeverSetting s : used) {
            flop *= s.lever().flopFactor(s.setting());
            if (s.lever() == Lever.MODEL_PARTITIONING) {
                experts *= s.setting();
                active /= s.setting();
                if (experts != Math.rint(experts)) {
                    throw new InputException(s.origin() + ": " + w.id() + " has " + w.experts() + " experts; x"
                            + Numbers.compact(s.setting()) + " is not a whole number of experts");
                }
            } else {
                tokens *= s.setting();
            }
        }
        String labels = used.stream().map(LeverSetting::label).collect(Collectors.joining(", "));
        return new Workload(w.id(), w.name() + " with " + labels, w.totalParameters(), active, tokens, flop,
                (int) experts, w.architecture(), w.mix(), w.source() + "; levers " + labels + " (faraboschi2024barriers §§3.2-3.4)");
    }
}
