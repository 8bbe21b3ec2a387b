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
}
