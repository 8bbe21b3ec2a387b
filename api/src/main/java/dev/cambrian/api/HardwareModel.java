package dev.cambrian.api;

import java.util.Optional;

/** Devices needed, their device-hours and their cost, given the time the speedup model found. */
@FunctionalInterface
public interface HardwareModel {

    HardwareEstimate estimate(ModelInput input, TimeEstimate time);

    /**
     * Hardware and operations cost of every sample of a batch, given its seconds column; NaN where the
     * seconds are NaN or the sample has no valid answer (docs/uncertainty.md; see {@link ModelBatch}). The
     * default loops over the scalar path; the kits override it without allocating per sample.
     */
    default void costUsd(ModelBatch batch, double[] seconds, double[] hardwareUsd, double[] operationsUsd) {
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            hardwareUsd[i] = Double.NaN;
            operationsUsd[i] = Double.NaN;
            if (Double.isNaN(seconds[i])) {
                continue;
            }
            try {
                HardwareEstimate h = estimate(batch.input(i), batch.timeEstimate(i));
                hardwareUsd[i] = h.hardwareCostUsd();
                operationsUsd[i] = h.operationsCostUsd();
            } catch (InfeasibleException e) {
                // left NaN: no valid answer
            }
        }
    }

    /**
     * The integer parameter that sets how many devices run the job, if there is one. The host uses
     * it to answer the inverse question: how many devices meet a deadline.
     */
    default Optional<String> deviceCountParameter() {
        return Optional.empty();
    }
}
