package dev.cambrian.engine.workload;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Workloads;

/** Completes a {@link WorkloadRequest} into a {@link Workload}, by the rules it documents. */
public final class WorkloadResolver {
    /** How far a stated compute may be from 6 x active x tokens when both are given. */
    static final double MAX_DISAGREEMENT = 2;

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
            experts = WorkloadRequest.expertsOf(total, active);
        }
        if (active > total) { // the Workload's own check said "activeParameters (8.0E9) must not exceed totalParameters (7.0E9)"
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%.3g active parameters per token, more than"
                    + " the %.3g in all", active, total));
        }
        if (!(active >= 1)) {
            // more experts than parameters left a fraction of a parameter per token (10 parameters, 1e6 experts)
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%.3g active parameters per token of %.3g in"
                    + " all: give at least 1 (fewer --experts, or --active-parameters)", active, total));
        }
        Double tokens = r.tokens();
        Double flop = r.trainingFlop();
        String name = r.name() != null ? r.name() : r.id();
        String source = r.source() != null ? r.source() : "user input";
        if (flop == null) {
            if (tokens == null) {
                // a default the user did not give: said in the name every output shows, and in the source
                tokens = Workloads.CHINCHILLA_TOKENS_PER_PARAMETER * total;
                String perParameter = String.format(java.util.Locale.ROOT, "%.0f", Workloads.CHINCHILLA_TOKENS_PER_PARAMETER);
                name += " at " + perParameter + " tokens per parameter";
                source += "; tokens: " + perParameter + " per parameter, the compute-optimal default (faraboschi2024barriers"
                        + " §1.3, hoffmann2022chinchilla), as neither tokens nor compute was given";
            }
            flop = Workloads.trainingFlop(active, tokens);
        } else if (tokens == null) {
            tokens = Workloads.tokensFor(flop, active);
        } else {
            // both stated: a paper's FLOP may exceed 6 N D (attention, recomputation), not by a factor of two
            double derived = Workloads.trainingFlop(active, tokens);
            if (!(flop <= MAX_DISAGREEMENT * derived && derived <= MAX_DISAGREEMENT * flop)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the stated compute (%.3g FLOP) and tokens"
                        + " (%.3g) disagree: 6 x %.3g active parameters x %.3g tokens = %.3g FLOP; give one and the other"
                        + " follows, or both within a factor of %d", flop, tokens, active, tokens, derived, (int) MAX_DISAGREEMENT));
            }
        }
        if (!(tokens >= 1)) {
            // --tokens 0.5 or --flop 1e-300 trained on a fraction of one token, in 1.5e-9 s, without a word
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%.3g training tokens: give at least 1"
                    + " (--tokens, or a --flop of at least 6 x %.3g active parameters = %.3g)", tokens, active,
                    Workloads.trainingFlop(active, 1)));
        }
        Architecture architecture = r.architecture() != null ? r.architecture()
                : experts > 1 ? Architecture.MOE_TRANSFORMER : Architecture.DENSE_TRANSFORMER;
        return new Workload(
                r.id(),
                name,
                total,
                active,
                tokens,
                flop,
                experts,
                architecture,
                r.mix() != null ? r.mix() : DefaultMix.transformer(),
                source);
    }
}
