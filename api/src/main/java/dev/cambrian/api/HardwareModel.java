package dev.cambrian.api;

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
     * The integer parameter that sets how many devices run the job, if there is one. The host uses
     * it to answer the inverse question: how many devices meet a deadline.
     *
     * @return the integer parameter that sets how many devices run the job, if there is one
     */
    default Optional<String> deviceCountParameter() {
        return Optional.empty();
    }
}
