package dev.cambrian.engine.compose;

import dev.cambrian.api.OperationClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each operation class of the baseline's run to one runner: the member fastest on it (with the overhead the class
 * brings on it, where the member attributes its overhead to classes), unless
 * no member is strictly faster than the baseline (then it stays on the baseline), or the user pinned
 * it. Ties between members go to the one drawing less energy on the class, then to the first id alphabetically.
 */
final class Assigner {
    private Assigner() {
    }

    static Assignment assign(List<Runner> members, Runner baseline, Map<OperationClass, String> pins) {
        Map<OperationClass, Runner> byClass = new EnumMap<>(OperationClass.class);
        for (OperationClass c : baseline.secondsByClass().keySet()) {
            byClass.put(c, fastest(members, baseline, c));
        }
        pins.forEach((c, id) -> byClass.put(c, pinned(members, baseline, c, id)));
        return new Assignment(byClass, pins.keySet());
    }

    /**
     * The member whose class time with the overhead that class brings is least, if below the baseline's time; between
     * members equally fast, the one drawing less energy on the class (its cooling included), then the first id in
     * alphabetical order, so that
     * A+B and B+A are one compound (under seed-current photonic and probabilistic-training tie on every class, and the
     * one written first took them all).
     */
    private static Runner fastest(List<Runner> members, Runner baseline, OperationClass c) {
        Runner best = baseline;
        for (Runner m : members) {
            if (m.states(c) && (best == baseline ? m.secondsWithOwnOverhead(c) < baseline.seconds(c) : better(m, best, c))) {
                best = m;
            }
        }
        return best;
    }

    private static boolean better(Runner m, Runner best, OperationClass c) {
        int byTime = Double.compare(m.secondsWithOwnOverhead(c), best.secondsWithOwnOverhead(c));
        if (byTime != 0) {
            return byTime < 0;
        }
        int byEnergy = Double.compare(m.joulesWithOwnOverhead(c), best.joulesWithOwnOverhead(c));
        return byEnergy != 0 ? byEnergy < 0 : m.id().compareTo(best.id()) < 0;
    }

    /** A pin names a member or the baseline; a member wins when the baseline is also a member. */
    private static Runner pinned(List<Runner> members, Runner baseline, OperationClass c, String id) {
        if (c == null || id == null) {
            throw new IllegalArgumentException("a pin needs an operation class and a backend id, got " + c + "=" + id);
        }
        if (!baseline.states(c)) {
            throw new IllegalArgumentException("cannot pin " + c.id() + ": the workload has no " + c.id()
                    + " work (its classes: " + ids(baseline.secondsByClass().keySet()) + ")");
        }
        for (Runner m : members) {
            if (m.id().equals(id)) {
                if (!m.states(c)) {
                    throw new IllegalArgumentException("cannot pin " + c.id() + " to " + id + ": it states no time for "
                            + c.id());
                }
                return m;
            }
        }
        if (baseline.id().equals(id)) {
            return baseline;
        }
        List<String> accepted = new ArrayList<>();
        members.forEach(m -> accepted.add(m.id()));
        if (!accepted.contains(baseline.id())) {
            accepted.add(baseline.id());
        }
        throw new IllegalArgumentException("cannot pin " + c.id() + " to '" + id + "': it is neither a member of the compound"
                + " nor the baseline; accepted: " + String.join(", ", accepted));
    }

    private static String ids(Iterable<OperationClass> classes) {
        List<String> out = new ArrayList<>();
        classes.forEach(c -> out.add(c.id()));
        return String.join(", ", out);
    }
}
