package dev.cambrian.engine.workload;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Workloads;

/** Completes a {@link WorkloadRequest} into a {@link Workload}, by the rules it documents. */
public final class WorkloadResolver {
    private WorkloadResolver() {
    }

    public static Workload resolve(WorkloadRequest r) {
        Double total = r.totalParameters();
        Integer experts = r.experts();
        Double active = r.activeParameters();
        if (total == null && active == null) {
            throw new IllegalArgumentException("workload '" + r.id() + "' needs --parameters (total parameters)");
        }
        if (total == null) {
            total = active * (experts == null ? 1 : experts);
        }
        if (active == null) {
            active = total / (experts == null ? 1 : experts);
        }
        if (experts == null) {
            experts = (int) Math.max(1, Math.round(total / active));
        }
        Double tokens = r.tokens();
        Double flop = r.trainingFlop();
        if (flop == null) {
            if (tokens == null) {
                tokens = Workloads.CHINCHILLA_TOKENS_PER_PARAMETER * total;
            }
            flop = Workloads.trainingFlop(active, tokens);
        } else if (tokens == null) {
            tokens = Workloads.tokensFor(flop, active);
        }
        Architecture architecture = r.architecture() != null ? r.architecture()
                : experts > 1 ? Architecture.MOE_TRANSFORMER : Architecture.DENSE_TRANSFORMER;
        return new Workload(
                r.id(),
                r.name() != null ? r.name() : r.id(),
                total,
                active,
                tokens,
                flop,
                experts,
                architecture,
                r.mix() != null ? r.mix() : DefaultMix.transformer(),
                r.source() != null ? r.source() : "user input");
    }
}
