package dev.cambrian.engine.compose;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.PointResult;
import java.util.Map;

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
    private final double overheadSeconds;
    private final double overheadJoules;

    private Runner(String id, Estimate estimateOrNull, Map<OperationClass, Double> secondsByClass,
                   Map<OperationClass, Double> joulesByClass, double overheadSeconds, double overheadJoules) {
        this.id = id;
        this.estimateOrNull = estimateOrNull;
        this.secondsByClass = secondsByClass;
        this.joulesByClass = joulesByClass;
        this.overheadSeconds = overheadSeconds;
        this.overheadJoules = overheadJoules;
    }

    static Runner member(Estimate e) {
        PointResult n = e.nominal();
        return new Runner(e.backendId(), e, n.time().secondsByClass(), n.energy().joulesByClass(),
                n.time().overheadSeconds(), n.energy().overheadJoules());
    }

    static Runner baseline(ReferenceRun b) {
        return new Runner(b.backendId(), null, b.time().secondsByClass(), b.energy().joulesByClass(),
                b.time().overheadSeconds(), b.energy().overheadJoules());
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

    double overheadSeconds() {
        return overheadSeconds;
    }

    double overheadJoules() {
        return overheadJoules;
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
