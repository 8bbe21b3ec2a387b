package dev.cambrian.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a run is laid out on its devices, what each device holds and where a training step's time goes.
 *
 * @param data          data-parallel replicas; tensor x pipeline x data devices are used
 * @param expert        expert-parallel degree (1 for a dense model)
 * @param zeroStage     0 (replicated), 1 (optimizer state sharded), 2 (+ gradients), 3 (+ weights, as FSDP)
 * @param memoryBytes   per device: weights, gradients, optimizer, activations
 * @param stepSeconds   per step: compute, tensor-parallel, data-parallel, pipeline-bubble, expert-all-to-all
 * @param mode          whether the training time follows this split ("plan") or the fitted utilization ("fitted")
 */
public record ParallelPlan(int tensor, int pipeline, long data, int expert, int zeroStage, String recomputation,
                           long devicesUsed, Map<String, Double> memoryBytes, double memoryCapacityBytes,
                           Map<String, Double> stepSeconds, double steps, String mode) {
    /**
     * Validates the components; throws IllegalArgumentException for a value the type cannot hold.
     *
     * @param tensor tensor-parallel degree
     * @param pipeline pipeline stages
     * @param data data-parallel replicas
     * @param expert expert-parallel degree (1 for a dense model)
     * @param zeroStage 0 (replicated) to 3 (weights sharded too, as FSDP)
     * @param recomputation how much of the activations is recomputed
     * @param devicesUsed devices the plan occupies
     * @param memoryBytes per device: weights, gradients, optimizer, activations
     * @param memoryCapacityBytes usable memory per device
     * @param stepSeconds per step: compute, tensor-parallel, data-parallel, pipeline-bubble, expert-all-to-all
     * @param steps optimizer steps in the run
     * @param mode "plan" or "fitted"
     */
    public ParallelPlan {
        memoryBytes = Collections.unmodifiableMap(new LinkedHashMap<>(memoryBytes));
        stepSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stepSeconds));
    }

    /**
     * What one device holds.
     *
     * @return bytes: weights, gradients, optimizer state and activations
     */
    public double memoryPerDeviceBytes() {
        return memoryBytes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * One training step.
     *
     * @return seconds: the sum of its parts
     */
    public double stepTimeSeconds() {
        return stepSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The same plan in another mode.
     *
     * @param newMode "plan" or "fitted"
     * @return a copy
     */
    public ParallelPlan inMode(String newMode) {
        return new ParallelPlan(tensor, pipeline, data, expert, zeroStage, recomputation, devicesUsed, memoryBytes,
                memoryCapacityBytes, stepSeconds, steps, newMode);
    }
}
