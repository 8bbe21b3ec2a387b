package dev.cambrian.engine.compose;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Phase;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The compound's hero month: the members' programmes run in parallel, then the members are integrated
 * into one system, then the compound trains. The members' own training runs are not on the path (the
 * compound trains once, on the integrated system), so each programme ends where its training phase
 * would have begun.
 */
final class CriticalPath {
    static final String TRAINING_PHASE = Phase.TRAINING;

    private CriticalPath() {
    }

    static double heroMonth(List<Estimate> members, double integrationMonths, double trainingSeconds, List<Derivation> steps) {
        double longest = 0;
        List<String> inputs = new ArrayList<>();
        for (Estimate e : members) {
            double end = programmeEnd(e.nominal().timeline());
            longest = Math.max(longest, end);
            inputs.add(e.backendId() + " " + Derivation.number(end));
        }
        double training = Units.months(trainingSeconds);
        double hero = longest + integrationMonths + training;
        steps.add(new Derivation("hero month", hero, "month",
                "max over members of (hero month - own training phase) + integration + compound training time",
                "programmes " + String.join(", ", inputs) + " months; integration " + Derivation.number(integrationMonths)
                        + "; training " + Derivation.number(training), "docs/models.md §5 (programmes in parallel, then integration: critical path)"));
        return hero;
    }

    /**
     * Where a member's programme ends: its hero month less its phase named "training" (the last such).
     * A timeline with no training phase counts whole, which can only lengthen the path.
     */
    static double programmeEnd(Timeline t) {
        Phase training = null;
        for (Phase p : t.phases()) {
            if (p.name().equalsIgnoreCase(TRAINING_PHASE)) {
                training = p;
            }
        }
        double length = training == null ? 0 : training.endMonth() - training.startMonth();
        return Math.max(0, t.heroMonth() - length);
    }
}
