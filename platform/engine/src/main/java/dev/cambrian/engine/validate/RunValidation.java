package dev.cambrian.engine.validate;

import dev.cambrian.api.Range;
import java.util.OptionalDouble;

/**
 * One published run predicted under the scenario: the device-hours the backend gives with its shipped
 * defaults (nominal and range) against the published figure, and the leave-one-out prediction (the
 * utilization model refitted without this run).
 *
 * @param skippedBecause why the run could not be predicted, or null when it was
 * @param impliedMfu     the MFU the published hours imply on this backend (failure losses and scaling as modelled)
 */
public record RunValidation(
        PublishedRun run,
        String skippedBecause,
        Range predictedDeviceHours,
        OptionalDouble predictedEnergyMwh,
        double impliedMfu,
        double fittedMfu,
        double leaveOneOutDeviceHours,
        Range leaveOneOutMfuRange) {

    public boolean validated() {
        return skippedBecause == null;
    }

    /** Predicted over published device-hours. */
    public double ratio() {
        return predictedDeviceHours.nominal() / run.deviceHours();
    }

    public boolean inside() {
        return predictedDeviceHours.contains(run.deviceHours());
    }

    public double leaveOneOutRatio() {
        return leaveOneOutDeviceHours / run.deviceHours();
    }

    public boolean insideLeaveOneOut() {
        return leaveOneOutMfuRange.contains(impliedMfu);
    }

    static RunValidation skipped(PublishedRun run, String why) {
        return new RunValidation(run, why, Range.of(0), OptionalDouble.empty(), 0, 0, 0, Range.of(0));
    }
}
