package dev.cambrian.api;

/** Phases in months from zero to the first trained model ("time to hero"). */
@FunctionalInterface
public interface TimelineModel {
    /**
     * The programme from today to the trained model.
     *
     * @param input the evaluation's input
     * @param time  this backend's training time for it
     * @return the phases, in months from today
     */
    Timeline estimate(ModelInput input, TimeEstimate time);
}
