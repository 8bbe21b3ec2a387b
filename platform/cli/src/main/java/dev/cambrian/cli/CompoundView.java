package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.estimate.HardwareLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How a compound is shown: a table row like an estimate's, and its JSON. */
final class CompoundView {
    private CompoundView() {
    }

    static List<String> row(Compound c) {
        return List.of(c.id(), Quantities.time(Range.of(c.trainingSeconds())), Quantities.energy(Range.of(c.energyJoules())),
                c.hardware().stream().map(h -> Quantities.count(h.count()) + " x " + h.kind()).collect(Collectors.joining(" + ")),
                Quantities.usd(Range.of(c.costUsd())), Quantities.months(Range.of(c.heroMonth())),
                Quantities.usd(c.fabInvestmentUsd()), Quantities.number(c.naiveSpeedup()) + "x",
                Quantities.number(c.composedSpeedup()) + "x");
    }

    static final List<String> COLUMNS = List.of("compound", "time", "energy", "devices", "cost", "hero", "investment",
            "naive product", "composed");

    static Map<String, Object> json(Compound c) {
        Map<String, Object> m = Json.object();
        m.put("compound", c.id());
        m.put("members", c.members());
        Map<String, Object> assignment = Json.object();
        c.assignment().forEach((k, v) -> assignment.put(k.id(), v));
        m.put("assignment", assignment);
        m.put("trainingTimeSeconds", Json.range(Range.of(c.trainingSeconds())));
        m.put("energyJoules", Json.range(Range.of(c.energyJoules())));
        m.put("costUsd", Json.range(Range.of(c.costUsd())));
        List<Object> hardware = new ArrayList<>();
        for (HardwareLine h : c.hardware()) {
            Map<String, Object> line = Json.object();
            line.put("kind", h.kind());
            line.put("count", Json.range(h.count()));
            line.put("deviceHours", Json.range(h.deviceHours()));
            hardware.add(line);
        }
        m.put("hardware", hardware);
        Map<String, Object> fab = Json.object();
        fab.put("investmentUsd", Json.range(c.fabInvestmentUsd()));
        fab.put("timeToHeroMonths", Json.range(Range.of(c.heroMonth())));
        m.put("fab", fab);
        m.put("naiveSpeedup", c.naiveSpeedup());
        m.put("composedSpeedup", c.composedSpeedup());
        m.put("whyTheyDiffer", c.whyTheyDiffer());
        m.put("derivation", DerivationView.json(c.derivation()));
        return m;
    }
}
