package dev.cambrian.engine.compose;

import dev.cambrian.api.OperationClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which runner takes each operation class of the baseline's run, and which of those were pinned by
 * the user rather than chosen.
 */
record Assignment(Map<OperationClass, Runner> byClass, Set<OperationClass> pinned) {
    Assignment {
        EnumMap<OperationClass, Runner> copy = new EnumMap<>(OperationClass.class);
        copy.putAll(byClass);
        byClass = Collections.unmodifiableMap(copy);
        EnumSet<OperationClass> p = EnumSet.noneOf(OperationClass.class);
        p.addAll(pinned);
        pinned = Collections.unmodifiableSet(p);
    }

    /**
     * The runners that bring their overheads, devices and costs: every member given a class, and the
     * baseline only when a class with work on it stays there (a class absent from the workload's mix
     * keeps the baseline in name only). Members first, in the order given.
     */
    Set<Runner> used(List<Runner> members, Runner baseline) {
        Set<Runner> used = new LinkedHashSet<>();
        for (Runner m : members) {
            if (byClass.containsValue(m)) {
                used.add(m);
            }
        }
        byClass.forEach((c, r) -> {
            if (r == baseline && baseline.seconds(c) > 0) {
                used.add(baseline);
            }
        });
        return used;
    }

    /** The classes given to {@code runner}, in class order. */
    Set<OperationClass> classesOf(Runner runner) {
        EnumSet<OperationClass> classes = EnumSet.noneOf(OperationClass.class);
        byClass.forEach((c, r) -> {
            if (r == runner) {
                classes.add(c);
            }
        });
        return classes;
    }

    /**
     * Whether a member's GPU line is left out of the compound's hardware and cost: the member holds it only for the
     * classes it leaves on the baseline ({@code heldOnlyForWorkLeftOnBaseline}, {@code DeviceCount.forWorkLeftOnBaseline}),
     * and none of the classes the compound gives it runs there. A class given to a member that is no faster on it than
     * the baseline is taken to run on those GPUs (analog-topology pinned to attention, which it does not cover: the
     * fleet was dropped and 200 days of GPU work billed at nothing); a covered class slower than the baseline keeps the
     * fleet too, erring towards billing it.
     */
    boolean releasesFleetLine(Runner member, Runner baseline, boolean heldOnlyForWorkLeftOnBaseline) {
        if (!heldOnlyForWorkLeftOnBaseline) {
            return false;
        }
        for (Map.Entry<OperationClass, Runner> a : byClass.entrySet()) {
            OperationClass c = a.getKey();
            if (a.getValue() == member && baseline.states(c) && baseline.seconds(c) > 0 && member.seconds(c) >= baseline.seconds(c)) {
                return false;
            }
        }
        return true;
    }
}
