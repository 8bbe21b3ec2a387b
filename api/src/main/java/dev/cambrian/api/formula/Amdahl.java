package dev.cambrian.api.formula;

/**
 * Amdahl's law over operation classes (DESIGN 3.5): the part of each class a technology takes over
 * runs faster by its speedup, the rest keeps its baseline time. The one place this formula lives:
 * relative backends and compound scenarios both call it.
 */
public final class Amdahl {
    private Amdahl() {
    }

    /** Time of one class: t_ref x ((1 - coverage) + coverage / speedup). */
    public static double classTime(double referenceSeconds, double coverage, double speedup) {
        return referenceSeconds * ((1 - coverage) + coverage / speedup);
    }

    /** The overall speedup bound: 1 / ((1 - f) + f / s) for a fraction f of the work sped up s times. */
    public static double bound(double fraction, double speedup) {
        return 1 / ((1 - fraction) + fraction / speedup);
    }
}
