package dev.cambrian.api.formula;

/**
 * Amdahl's law (docs/models.md §4, §6): the bound a headline speedup meets when it covers only part of the work.
 * The audit checks claims against it; the relative backends apply the law class by class themselves,
 * since their uncovered work may run on an improved baseline (RelativeTime).
 */
public final class Amdahl {
    private Amdahl() {
    }

    /**
     * The overall speedup bound: 1 / ((1 - f) + f / s) for a fraction f of the work sped up s times.
     *
     * @param fraction the share, 0 to 1
     * @param speedup times faster on the covered share
     * @return the overall speedup bound: 1 / ((1 - f) + f / s) for a fraction f of the work sped up s times
     */
    public static double bound(double fraction, double speedup) {
        return 1 / ((1 - fraction) + fraction / speedup);
    }
}
