package dev.cambrian.api;

import java.util.Optional;

/** Devices needed, their device-hours and their cost, given the time the speedup model found. */
@FunctionalInterface
public interface HardwareModel {

    HardwareEstimate estimate(ModelInput input, TimeEstimate time);

    /**
     * The integer parameter that sets how many devices run the job, if there is one. The host uses
     * it to answer the inverse question: how many devices meet a deadline.
     */
    default Optional<String> deviceCountParameter() {
        return Optional.empty();
    }
}
