package dev.cambrian.engine.compose;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.Range;
import dev.cambrian.engine.estimate.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What building every member in house costs: the members' programme lines summed, except that lines
 * the members mark shareable and call by the same name (one fab serving both) are paid once, at the
 * largest of their amounts. A member's own part is its estimate's investment range (over its ranges' corners: an
 * absolute member's device-price range is one) less its shareable lines, which come from the nominal evaluation.
 * Every member counts, used or not: the compound's programme builds what the user asked for.
 */
final class SharedInvestment {
    static final String SOURCE = "docs/models.md §5 (fab: the members' ranges summed, shared lines once)";

    private SharedInvestment() {
    }

    /**
     * A member's investment without one of its shareable lines, end by end (the line's low from the low, its high from
     * the high), never below 0: what is left is its own, paid whatever the others build.
     */
    private static Range less(Range total, Range line) {
        double low = Math.max(0, total.low() - line.low());
        double nominal = Math.max(low, total.nominal() - line.nominal());
        return new Range(low, nominal, Math.max(nominal, total.high() - line.high()));
    }

    static Range totalUsd(List<Estimate> members, List<Derivation> steps) {
        Range total = Range.of(0);
        Map<String, Range> shared = new LinkedHashMap<>();
        Map<String, Integer> sharers = new LinkedHashMap<>();
        for (Estimate e : members) {
            Range own = e.fabInvestmentUsd(); // over its ranges' corners, as estimate gives it: a price range is one
            for (InvestmentLine line : e.nominal().fab().lines()) {
                if (line.shareable()) {
                    shared.merge(line.name(), line.usd(), HardwareUnion::largest);
                    sharers.merge(line.name(), 1, Integer::sum);
                    own = less(own, line.usd());
                }
            }
            total = total.plus(own);
        }
        List<String> once = new ArrayList<>();
        for (Map.Entry<String, Range> s : shared.entrySet()) {
            total = total.plus(s.getValue());
            if (sharers.get(s.getKey()) > 1) {
                once.add("'" + s.getKey() + "' (" + sharers.get(s.getKey()) + " members, counted once at "
                        + Derivation.number(s.getValue().nominal()) + " USD)");
            }
        }
        steps.add(new Derivation("in-house investment", total.nominal(), "USD",
                "sum of the members' investments; shareable lines of the same name once, at the largest",
                (once.isEmpty() ? "no line shared" : "shared: " + String.join("; ", once)) + "; range "
                        + Derivation.number(total.low()) + " to " + Derivation.number(total.high()) + " USD", SOURCE));
        return total;
    }
}
