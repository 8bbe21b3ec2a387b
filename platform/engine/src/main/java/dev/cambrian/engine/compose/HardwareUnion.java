package dev.cambrian.engine.compose;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.HardwareLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compound's devices: the union of the kinds its used runners need. A kind two runners both
 * need (the GPU fleet each hybrid keeps) is one fleet, as large as the largest need, not the sum: the
 * classes run one after another on the same system. Every device is held for the whole compound run,
 * so device-hours are recomputed from the compound's time rather than taken from the members' runs. A member's
 * baseline fleet held only for the classes it leaves on the baseline is not kept: the compound assigns those
 * classes itself, and keeps the baseline's fleet when any stays there.
 */
final class HardwareUnion {
    private HardwareUnion() {
    }

    static List<HardwareLine> of(Iterable<Runner> used, Assignment assignment, Runner baselineRunner, ReferenceRun baseline,
                                 double trainingSeconds) {
        Map<String, Range> counts = new LinkedHashMap<>();
        for (Runner r : used) {
            if (r.isBaseline()) {
                for (DeviceCount d : baseline.hardware().devices()) {
                    counts.merge(d.kind(), Range.of(d.count()), HardwareUnion::largest);
                }
            } else {
                for (HardwareLine line : r.estimateOrNull().hardware()) {
                    if (!assignment.releasesFleetLine(r, baselineRunner, r.holdsOnlyForWorkLeftOnBaseline(line.kind()))) {
                        counts.merge(line.kind(), line.count(), HardwareUnion::largest);
                    }
                }
            }
        }
        double hours = Units.hours(trainingSeconds);
        List<HardwareLine> lines = new ArrayList<>();
        counts.forEach((kind, count) -> lines.add(new HardwareLine(kind, count, count.times(hours))));
        return lines;
    }

    /** Bound by bound, so low, nominal and high each keep the largest need and stay ordered. */
    static Range largest(Range a, Range b) {
        return new Range(Math.max(a.low(), b.low()), Math.max(a.nominal(), b.nominal()), Math.max(a.high(), b.high()));
    }
}
