package dev.cambrian.api;

/** Phases in months from zero to the first trained model ("time to hero"). */
@FunctionalInterface
public interface TimelineModel {
    Timeline estimate(ModelInput input, TimeEstimate time);
}
