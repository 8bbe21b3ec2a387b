package dev.cambrian.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for a misspelt name (a command, a backend, a parameter, a lever): the candidates at the
 * smallest edit distance, counting a swap of two neighbouring letters as one edit (rnak -> rank), within
 * about a third of the name's length; failing that, the one candidate that contains what was typed
 * (h100 -> gpu-h100).
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidates, best first (at most three); empty when none is close. */
    public static List<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, t.length() / 3);
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (String c : candidates) {
            int d = distance(t, c.toLowerCase(Locale.ROOT));
            if (d > limit || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            out.add(c);
        }
        if (out.isEmpty() && t.length() >= 2) {
            List<String> containing = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(t)).toList();
            if (containing.size() == 1) {
                out.addAll(containing);
            }
        }
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    /** " (did you mean 'x'?)" (or 'x' or 'y'), or "" when no candidate is close: to follow the misspelt name in an error. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> c = closest(typed, candidates);
        if (c.isEmpty()) {
            return "";
        }
        return " (did you mean '" + String.join("' or '", c) + "'?)";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
