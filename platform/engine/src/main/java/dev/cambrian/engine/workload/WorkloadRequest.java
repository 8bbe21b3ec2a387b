package dev.cambrian.engine.workload;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.OperationMix;

/**
 * A workload as a user or a preset states it: any field may be missing (null) and is then derived.
 * Rules (faraboschi2024barriers §1.3): active = total / experts; tokens = 20 x total (Chinchilla, which with
 * active = total / K gives C = 120 P^2 / K); FLOP = 6 x active x tokens; stated FLOP wins and then
 * tokens = FLOP / (6 x active).
 */
public record WorkloadRequest(
        String id,
        String name,
        Double totalParameters,
        Double activeParameters,
        Double tokens,
        Double trainingFlop,
        Integer experts,
        Architecture architecture,
        OperationMix mix,
        String source) {

    public static WorkloadRequest empty(String id) {
        return new WorkloadRequest(id, null, null, null, null, null, null, null, null, null);
    }

    /** Fields of {@code override} that are set replace this request's. */
    public WorkloadRequest overriddenBy(WorkloadRequest given) {
        // a field given as it already is changes nothing (gpt-4 --experts 6, its own count, re-derived its active size)
        WorkloadRequest override = given.experts != null && given.experts.equals(impliedExperts()) ? given.withoutExperts() : given;
        // What a change leaves stale follows again from 6 x active x tokens: a new size or token count without a new
        // compute drops the stated compute, a new compute without new tokens drops the stated tokens.
        // The same for the shape: new experts re-derive the active size (total / experts) and the architecture (MoE above
        // one), and a new total keeps the active share (a dense preset stays dense: gpt-3 --parameters 1e12 had 175B
        // active of 1T, "dense", and its FLOP unchanged; dense-1t --experts 4 stayed dense with 1T active).
        boolean sizeChanged = override.totalParameters != null || override.activeParameters != null || override.tokens != null
                || override.experts != null;
        Double active = activeParameters; // if-else, not ?: (a ?: mixing double and a null Double unboxes the null)
        if (override.activeParameters != null) {
            active = override.activeParameters;
        } else if (override.experts != null) {
            active = null;
        } else if (override.totalParameters != null && activeParameters != null && totalParameters != null) {
            // the same share, never above the new total: rounding made 175e9 * (405e9 / 175e9) 4.0500000000000006e11, which
            // the workload then refused as more active than total
            active = activeParameters.equals(totalParameters) ? override.totalParameters
                    : Math.min(override.totalParameters, activeParameters * (override.totalParameters / totalParameters));
        }
        return new WorkloadRequest(
                override.id != null ? override.id : id,
                override.name != null ? override.name : name,
                override.totalParameters != null ? override.totalParameters : totalParameters,
                active,
                override.tokens != null ? override.tokens : override.trainingFlop != null ? null : tokens,
                override.trainingFlop != null ? override.trainingFlop : sizeChanged ? null : trainingFlop,
                override.experts != null ? override.experts : experts,
                override.architecture != null ? override.architecture : override.experts != null ? null : architecture,
                override.mix != null ? override.mix : mix,
                override.source != null ? override.source : source);
    }

    /** The experts stated, or implied by the sizes stated (the resolver's rule), or null when neither says. */
    private Integer impliedExperts() {
        if (experts != null) {
            return experts;
        }
        return totalParameters != null && activeParameters != null ? expertsOf(totalParameters, activeParameters) : null;
    }

    /** Experts implied by a total and an active size: total / active, whole, at least one. */
    static int expertsOf(double total, double active) {
        return (int) Math.max(1, Math.round(total / active));
    }

    private WorkloadRequest withoutExperts() {
        return new WorkloadRequest(id, name, totalParameters, activeParameters, tokens, trainingFlop, null, architecture, mix,
                source);
    }

    public boolean isEmpty() {
        return name == null && totalParameters == null && activeParameters == null && tokens == null
                && trainingFlop == null && experts == null && architecture == null && mix == null && source == null;
    }
}
