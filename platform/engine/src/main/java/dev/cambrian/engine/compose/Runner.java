package dev.cambrian.engine.compose;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.EnergyEstimate;
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
    private final EnergyEstimate energy;

    private Runner(String id, Estimate estimateOrNull, TimeEstimate time, EnergyEstimate energy) {
        this.id = id;
        this.estimateOrNull = estimateOrNull;
        this.secondsByClass = time.secondsByClass();
        this.joulesByClass = energy.joulesByClass();
        this.time = time;
        this.energy = energyAttributedLikeTime(time, energy);
    }

    /**
     * Its energy with the overhead attributed to classes: as it states, or, where only its time is attributed, in the
     * same shares (a model that states its overhead energy by the second); else as a whole.
     */
    private static EnergyEstimate energyAttributedLikeTime(TimeEstimate time, EnergyEstimate energy) {
        if (!energy.overheadJoulesByClass().isEmpty() || time.overheadSecondsByClass().isEmpty() || !(time.overheadSeconds() > 0)) {
            return energy;
        }
        double perSecond = energy.overheadJoules() / time.overheadSeconds();
        Map<OperationClass, Double> byClass = new java.util.EnumMap<>(OperationClass.class);
        time.overheadSecondsByClass().forEach((c, s) -> byClass.put(c, s * perSecond));
        return energy.withOverheadByClass(byClass);
    }

    static Runner member(Estimate e) {
        PointResult n = e.nominal();
        return new Runner(e.backendId(), e, n.time(), n.energy());
    }

    static Runner baseline(ReferenceRun b) {
        return new Runner(b.backendId(), null, b.time(), b.energy());
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

    /** Its overhead energy when given {@code classes}: the part attributed to them (the relative kit's cooling), or all of it. */
    double overheadJoules(Set<OperationClass> classes) {
        return energy.overheadJoulesFor(classes);
    }

    /**
     * What taking class c costs the compound in energy, as {@link #secondsWithOwnOverhead} in time: the class's joules and
     * the overhead energy attributed to it (an overhead not attributed is paid once for any class and does not count).
     */
    double joulesWithOwnOverhead(OperationClass c) {
        return joules(c) + energy.overheadJoulesByClass().getOrDefault(c, 0.0);
    }

    /** The overhead time class c brings along on this runner: its attributed part, 0 when the overhead is not attributed. */
    double ownOverheadSeconds(OperationClass c) {
        return time.overheadSecondsByClass().getOrDefault(c, 0.0);
    }

    /**
     * What taking class c costs the compound in time: the class's seconds and the overhead it brings along where this
     * runner attributes its overhead to classes (a class 10% faster on photonic but with its conversion overhead was
     * slower than left on the GPUs). An overhead not attributed is paid once for any class and does not count here.
     */
    double secondsWithOwnOverhead(OperationClass c) {
        return seconds(c) + ownOverheadSeconds(c);
    }

    /** Whether the classes leave out part of its overhead, time or energy. */
    boolean paysPartOfItsOverhead(Set<OperationClass> classes) {
        return overheadSeconds(classes) != time.overheadSeconds() || overheadJoules(classes) != energy.overheadJoules();
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
