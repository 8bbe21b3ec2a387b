package dev.cambrian.engine.compose;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.PointResult;
import java.util.Map;
import java.util.Set;

/**
 * A member or the baseline, as composition sees it: what it takes on each class, and the overheads it
 * brings along once it runs any class. One shape, so choosing, summing and costing treat the baseline
 * like any other runner. A class, not a record: runners are told apart by identity, never by value.
 */
final class Runner {
    private final String id;
    private final Estimate estimateOrNull;
    private final Map<OperationClass, Double> secondsByClass;
    private final Map<OperationClass, Double> joulesByClass;
    private final TimeEstimate time;
    private final double overheadJoules;

    private Runner(String id, Estimate estimateOrNull, TimeEstimate time, Map<OperationClass, Double> joulesByClass,
                   double overheadJoules) {
        this.id = id;
        this.estimateOrNull = estimateOrNull;
        this.secondsByClass = time.secondsByClass();
        this.time = time;
        this.joulesByClass = joulesByClass;
        this.overheadJoules = overheadJoules;
    }

    static Runner member(Estimate e) {
        PointResult n = e.nominal();
        return new Runner(e.backendId(), e, n.time(), n.energy().joulesByClass(), n.energy().overheadJoules());
    }

    static Runner baseline(ReferenceRun b) {
        return new Runner(b.backendId(), null, b.time(), b.energy().joulesByClass(), b.energy().overheadJoules());
    }

    String id() {
        return id;
    }

    /**
     * Whether the member's nominal run holds these devices only for the classes it leaves on the baseline
     * ({@link DeviceCount#forWorkLeftOnBaseline}): the compound assigns those classes itself, so it does not keep them
     * for the member. False for the baseline.
     */
    boolean holdsOnlyForWorkLeftOnBaseline(String kind) {
        return estimateOrNull != null && estimateOrNull.nominal().hardware().devices().stream()
                .anyMatch(d -> d.kind().equals(kind) && d.forWorkLeftOnBaseline());
    }

    /** The member's estimate; null for the baseline, which has none of its own. */
    Estimate estimateOrNull() {
        return estimateOrNull;
    }

    boolean isBaseline() {
        return estimateOrNull == null;
    }

    Map<OperationClass, Double> secondsByClass() {
        return secondsByClass;
    }

    /**
     * The overhead it brings when the compound gives it {@code classes}: the part its time attributes to them
     * ({@link TimeEstimate#overheadSecondsFor}; photonic given only element-wise work pays no conversion for the dense
     * matmuls it does not run), or all of it.
     */
    double overheadSeconds(Set<OperationClass> classes) {
        return time.overheadSecondsFor(classes);
    }

    /** Its overhead energy in the same share as its overhead time: the relative kit prices the overhead by the second. */
    double overheadJoules(Set<OperationClass> classes) {
        double all = time.overheadSeconds();
        if (!(all > 0)) {
            return classes.isEmpty() ? 0 : overheadJoules;
        }
        double part = overheadSeconds(classes);
        return part == all ? overheadJoules : overheadJoules * (part / all);
    }

    /** Whether the classes leave out part of its overhead. */
    boolean paysPartOfItsOverhead(Set<OperationClass> classes) {
        return overheadSeconds(classes) != time.overheadSeconds();
    }

    boolean states(OperationClass c) {
        return secondsByClass.containsKey(c);
    }

    double seconds(OperationClass c) {
        return secondsByClass.get(c);
    }

    /** Energy on a class it was given; a runner that states the time of a class must state its energy too. */
    double joules(OperationClass c) {
        Double j = joulesByClass.get(c);
        if (j == null) {
            throw new IllegalArgumentException((isBaseline() ? "baseline " : "member ") + id + " states a time for "
                    + c.id() + " but no energy for it, so it cannot run that class in a compound");
        }
        return j;
    }

    @Override
    public String toString() {
        return (isBaseline() ? "baseline " : "member ") + id;
    }
}
