package dev.cambrian.engine.compose;

import dev.cambrian.api.Derivation;
import dev.cambrian.engine.estimate.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's arithmetic beside the host's: the naive product of the members' headline speedups, and
 * the sentence naming the assumption that separates it from the class-by-class result.
 */
final class Headline {
    static final String SOURCE = "docs/models.md §5 (show the naive product and the coverage-aware result)";

    private Headline() {
    }

    /** Product over members of baseline seconds / member seconds: every factor applied to the whole run. */
    static double naiveSpeedup(List<Estimate> members, double baselineSeconds, List<Derivation> steps) {
        double product = 1;
        List<String> factors = new ArrayList<>();
        for (Estimate e : members) {
            double factor = baselineSeconds / e.nominal().time().trainingSeconds();
            product *= factor;
            factors.add(e.backendId() + " " + Derivation.number(factor) + "x");
        }
        steps.add(new Derivation("naive speedup", product, "x", "product over members of baseline time / member time",
                String.join(" x ", factors), SOURCE + "; grok2025althw multiplies headline factors this way"));
        return product;
    }

    static String whyTheyDiffer(double naive, double composed, double overheadSeconds) {
        return "The naive product (" + Derivation.number(naive) + "x) assumes each member speeds up the whole run and that their"
                + " factors multiply on the same work; composed class by class (" + Derivation.number(composed) + "x), each class runs"
                + " on exactly one member, so the compound is bounded by the best member on each class (Amdahl)"
                + (overheadSeconds > 0 ? " and pays each member's conversion overhead for the classes it gives that member" : "") + ".";
    }
}
