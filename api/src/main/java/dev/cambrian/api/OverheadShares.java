package dev.cambrian.api;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An overhead (time or energy) attributed to the operation classes that cause it, so that a compound giving a backend
 * only some classes bills only their part (API 1.8.0). One rule for {@link TimeEstimate} and {@link EnergyEstimate}.
 */
final class OverheadShares {
    private OverheadShares() {
    }

    /**
     * The attribution checked and copied: empty (not attributed), or non-negative parts of classes the estimate has,
     * adding up to the overhead.
     */
    static Map<OperationClass, Double> checked(String name, double overhead, Map<OperationClass, Double> parts,
                                               Map<OperationClass, Double> byClass, String unit) {
        if (parts == null || parts.isEmpty()) {
            return Map.of();
        }
        Checks.nonNegativeValues(name, parts);
        for (OperationClass c : parts.keySet()) {
            if (!byClass.containsKey(c)) {
                throw new IllegalArgumentException(name + " names " + c.id() + ", which the estimate's classes do not have");
            }
        }
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!Checks.sumsAgree(overhead, sum) && !(overhead == 0 && sum == 0)) {
            throw new IllegalArgumentException(name + " (" + sum + " " + unit + ") does not add up to the overhead (" + overhead
                    + " " + unit + ")");
        }
        EnumMap<OperationClass, Double> copy = new EnumMap<>(OperationClass.class);
        copy.putAll(parts);
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The overhead a run of only {@code classes} brings: the whole as stated when it is not attributed (and any class
     * runs) or when every class that brings a part runs, else the sum of their parts in class order.
     */
    static double forClasses(double overhead, Map<OperationClass, Double> parts, Collection<OperationClass> classes) {
        if (parts.isEmpty()) {
            return classes.isEmpty() ? 0 : overhead;
        }
        double sum = 0;
        boolean all = true;
        for (Map.Entry<OperationClass, Double> e : parts.entrySet()) {
            if (classes.contains(e.getKey())) {
                sum += e.getValue();
            } else if (e.getValue() > 0) {
                all = false;
            }
        }
        return all ? overhead : sum;
    }
}
