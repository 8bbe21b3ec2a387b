package dev.cambrian.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Devices needed, their device-hours and their cost, given the time the speedup model found. */
@FunctionalInterface
public interface HardwareModel {

    /**
     * The devices one run uses and what they cost it.
     *
     * @param input the evaluation's input
     * @param time  this backend's training time for it
     * @return the device counts, hardware and operations cost
     */
    HardwareEstimate estimate(ModelInput input, TimeEstimate time);

    /**
     * Hardware and operations cost of every sample of a batch, given its seconds column; NaN where the
     * seconds are NaN or the sample has no valid answer (docs/uncertainty.md; see {@link ModelBatch}). The
     * default loops over the scalar path; the kits override it without allocating per sample.
     *
     * @param batch         the samples and the input they vary
     * @param seconds       this backend's training seconds per sample, from the same batch
     * @param hardwareUsd   where to write the hardware cost, one slot per sample
     * @param operationsUsd where to write the operations cost, one slot per sample
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
     * Device-hours of every sample of a batch, by device kind, given its seconds column (API 1.3.0): what
     * the host needs for embodied carbon under Monte Carlo (docs/environment.md). A kind the scalar path
     * does not list in a sample has 0 there; every column is NaN where the seconds are NaN or the sample
     * has no valid answer. Sample i of a kind's column must equal the sum of that kind's
     * {@link DeviceCount#deviceHours()} in the scalar {@link #estimate} (the TCK checks it). The default
     * loops over the scalar path; the kits override it without allocating per sample.
     *
     * @param batch   the samples and the input they vary
     * @param seconds this backend's training seconds per sample, from the same batch
     * @return one column per device kind, in the order the kinds first appear, each {@code batch.size()} long
     */
    default Map<String, double[]> deviceHours(ModelBatch batch, double[] seconds) {
        Map<String, double[]> out = new LinkedHashMap<>();
        boolean[] invalid = new boolean[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            batch.stopIfInterrupted(i);
            if (Double.isNaN(seconds[i])) {
                invalid[i] = true;
                continue;
            }
            try {
                for (DeviceCount d : estimate(batch.input(i), batch.timeEstimate(i)).devices()) {
                    out.computeIfAbsent(d.kind(), k -> new double[batch.size()])[i] += d.deviceHours();
                }
            } catch (InfeasibleException e) {
                invalid[i] = true;
            }
        }
        for (double[] column : out.values()) {
            for (int i = 0; i < invalid.length; i++) {
                if (invalid[i]) {
                    column[i] = Double.NaN;
                }
            }
        }
        return out;
    }

    /**
     * The integer parameter that sets how many devices run the job, if there is one. The host uses
     * it to answer the inverse question: how many devices meet a deadline.
     *
     * @return the integer parameter that sets how many devices run the job, if there is one
     */
    default Optional<String> deviceCountParameter() {
        return Optional.empty();
    }
}
