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
    public WorkloadRequest overriddenBy(WorkloadRequest override) {
        // What a change leaves stale follows again from 6 x active x tokens: a new size or token count without a new
        // compute drops the stated compute, a new compute without new tokens drops the stated tokens.
        boolean sizeChanged = override.totalParameters != null || override.activeParameters != null || override.tokens != null;
        return new WorkloadRequest(
                override.id != null ? override.id : id,
                override.name != null ? override.name : name,
                override.totalParameters != null ? override.totalParameters : totalParameters,
                override.activeParameters != null ? override.activeParameters : activeParameters,
                override.tokens != null ? override.tokens : override.trainingFlop != null ? null : tokens,
                override.trainingFlop != null ? override.trainingFlop : sizeChanged ? null : trainingFlop,
                override.experts != null ? override.experts : experts,
                override.architecture != null ? override.architecture : architecture,
                override.mix != null ? override.mix : mix,
                override.source != null ? override.source : source);
    }

    public boolean isEmpty() {
        return name == null && totalParameters == null && activeParameters == null && tokens == null
                && trainingFlop == null && experts == null && architecture == null && mix == null && source == null;
    }
}
