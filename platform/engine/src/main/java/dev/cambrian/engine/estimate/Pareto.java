package dev.cambrian.engine.estimate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Pareto front over (time, energy, cost), by nominal figures: the backends no other beats on all
 * three, at least as good on each and strictly better on one.
 */
public final class Pareto {
    private Pareto() {
    }

    public static Set<String> front(List<Estimate> estimates) {
        Set<String> front = new LinkedHashSet<>();
        for (Estimate e : estimates) {
            boolean dominated = false;
            for (Estimate other : estimates) {
                if (other != e && dominates(other, e)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                front.add(e.backendId());
            }
        }
        return front;
    }

    static boolean dominates(Estimate a, Estimate b) {
        double[] x = figures(a);
        double[] y = figures(b);
        boolean strictly = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > y[i]) {
                return false;
            }
            strictly |= x[i] < y[i];
        }
        return strictly;
    }

    private static double[] figures(Estimate e) {
        return new double[] {e.trainingSeconds().nominal(), e.energyJoules().nominal(), e.costUsd().nominal()};
    }
}
