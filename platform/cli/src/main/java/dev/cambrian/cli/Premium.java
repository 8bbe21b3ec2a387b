package dev.cambrian.cli;

import dev.cambrian.api.Parameter;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.Subject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A relative backend's fixed premium on the run (programme-premium): a lump sum its source states
 * without a breakdown, so no model explains it. Uncertainty output marks it with its share of the
 * nominal cost and its source, so a cost that is mostly premium is not read as a modelled figure.
 */
record Premium(double usd, double share, String source) {

    /** The premium in force when it is above 0 and the nominal point has a cost to compare it with. */
    static Optional<Premium> of(BackendUncertainty b, List<Subject> subjects) {
        if (b.nominalOrNull() == null) {
            return Optional.empty();
        }
        for (Subject s : subjects) {
            if (s.id().equals(b.backendId())) {
                return of(s.parameters(), b.nominalOrNull().costUsd());
            }
        }
        return Optional.empty();
    }

    /** The premium in force among {@code params}, against a nominal cost it is part of; empty when none or not above 0. */
    static Optional<Premium> of(dev.cambrian.engine.estimate.ResolvedParameters params, double nominalCostUsd) {
        Optional<Parameter> p = params.space().parameter(RelativeParameters.PREMIUM);
        int index = params.space().indexOf(RelativeParameters.PREMIUM);
        if (p.isEmpty() || index < 0) {
            return Optional.empty();
        }
        double usd = params.nominal().get(index);
        if (!(usd > 0) || !(nominalCostUsd > 0)) {
            return Optional.empty();
        }
        return Optional.of(new Premium(usd, usd / nominalCostUsd, p.get().source()));
    }

    /** What the cost cell gets: ", 97% premium". */
    String mark() {
        return String.format(Locale.ROOT, ", %s premium", percent());
    }

    String note(String backendId) {
        return backendId + ": " + text();
    }

    /** The note's sentence, without the backend's name. */
    String text() {
        return Quantities.usd(dev.cambrian.api.Range.of(usd)) + " of its nominal cost (" + percent() + ") is a fixed premium ("
                + RelativeParameters.PREMIUM + ") that no model derives: a lump sum from its source, unexplained there"
                + " beyond this: " + source;
    }

    Map<String, Object> json() {
        Map<String, Object> m = Json.object();
        m.put("usd", usd);
        m.put("shareOfNominalCost", share);
        m.put("parameter", RelativeParameters.PREMIUM);
        m.put("source", source);
        return m;
    }

    private String percent() {
        return share >= 0.995 ? ">99%" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
