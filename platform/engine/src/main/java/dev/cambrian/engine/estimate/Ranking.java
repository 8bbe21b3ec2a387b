package dev.cambrian.engine.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders estimates by one figure, smallest first; ties break by backend id so the order is stable. */
public final class Ranking {
    private Ranking() {
    }

    public static List<Estimate> rank(List<Estimate> estimates, RankKey key) {
        List<Estimate> sorted = new ArrayList<>(estimates);
        sorted.sort(Comparator.comparingDouble(key::of).thenComparing(Estimate::backendId));
        return sorted;
    }
}
