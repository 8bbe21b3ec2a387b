package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.compose.Compound;
import dev.cambrian.engine.environment.Footprint;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a compound is shown: a table row like an estimate's, and its JSON. */
final class CompoundView {
    static final String SCHEMA = "cambrian.compose/v2";

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

    /** The carbon and water columns a compound table adds under an environment. */
    static final List<String> FOOTPRINT_COLUMNS = List.of("carbon total", "water");

    static List<String> footprintCells(Footprint f) {
        return List.of(Quantities.carbon(f.totalKgCo2e()), Quantities.water(f.waterLitres()));
    }

    /**
     * The spreadsheet's table of compounds: nominal figures in SI units (compounds have no ranges yet but
     * their footprint's, whose factors are ranged), carbon and water empty without an environment.
     */
    static DataTable tidy(List<Compound> compounds, Map<String, Optional<Footprint>> footprints) {
        List<String> columns = List.of("rank", "compound", "members", "time_nominal_s", "energy_nominal_J",
                "cost_nominal_USD", "hero_nominal_month", "investment_low_USD", "investment_nominal_USD", "investment_high_USD",
                "naive_speedup_ratio", "composed_speedup_ratio", "carbon_low_kgCO2e", "carbon_nominal_kgCO2e",
                "carbon_high_kgCO2e", "water_low_L", "water_nominal_L", "water_high_L");
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Compound c : compounds) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(rank++, c.id(), String.join("+", c.members()),
                    c.trainingSeconds(), c.energyJoules(), c.costUsd(), c.heroMonth(), c.fabInvestmentUsd().low(),
                    c.fabInvestmentUsd().nominal(), c.fabInvestmentUsd().high(), c.naiveSpeedup(), c.composedSpeedup()));
            Optional<Footprint> f = footprints.getOrDefault(c.id(), Optional.empty());
            for (Range r : f.map(x -> List.of(x.totalKgCo2e(), x.waterLitres())).orElse(List.of())) {
                row.addAll(List.of(r.low(), r.nominal(), r.high()));
            }
            while (row.size() < columns.size()) { // carbon and water empty without an environment
                row.add(null);
            }
            rows.add(row);
        }
        return new DataTable("compounds", columns, rows);
    }

    static Map<String, Object> json(Compound c, Optional<Footprint> footprint) {
        Map<String, Object> m = Json.object();
        m.put("compound", c.id());
        m.put("members", c.members());
        Map<String, Object> assignment = Json.object();
        c.assignment().forEach((k, v) -> assignment.put(k.id(), v));
        m.put("assignment", assignment);
        m.put("trainingTimeSeconds", Json.nominalOnly(c.trainingSeconds()));
        m.put("energyJoules", Json.nominalOnly(c.energyJoules()));
        m.put("costUsd", Json.nominalOnly(c.costUsd()));
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
        fab.put("timeToHeroMonths", Json.nominalOnly(c.heroMonth()));
        m.put("fab", fab);
        m.put("naiveSpeedup", c.naiveSpeedup());
        m.put("composedSpeedup", c.composedSpeedup());
        m.put("whyTheyDiffer", c.whyTheyDiffer());
        footprint.ifPresent(f -> m.put("environment", FootprintView.json(f.energy(), footprint)));
        m.put("derivation", DerivationView.json(c.derivation()));
        return m;
    }

    static List<String> columns(Optional<Footprint> footprint) {
        List<String> out = new ArrayList<>(COLUMNS);
        footprint.ifPresent(f -> out.addAll(FOOTPRINT_COLUMNS));
        return out;
    }

    static List<String> row(Compound c, Optional<Footprint> footprint) {
        List<String> out = new ArrayList<>(row(c));
        footprint.ifPresent(f -> out.addAll(footprintCells(f)));
        return out;
    }

    /** The compound's report; explain uses it too. */
    static Report report(Compounds.Composed composed, Scenario scenario, Workload workload) {
        Compound c = composed.compound();
        var baseline = composed.members().reference().orElseThrow();
        List<Estimate> estimates = composed.members().estimates();
        List<List<String>> steps = new ArrayList<>();
        for (Derivation d : c.derivation()) {
            steps.add(List.of(d.quantity(), Quantities.withUnit(d.value(), d.unit()), d.formula(), d.inputs()));
        }
        List<List<String>> assignment = new ArrayList<>();
        c.assignment().forEach((k, v) -> assignment.add(List.of(k.id(), v,
                Quantities.time(dev.cambrian.api.Range.of(c.secondsByClass().get(k))))));
        List<String> notes = new ArrayList<>();
        notes.add("Naive product of the members' speedups over the baseline: " + Quantities.number(c.naiveSpeedup())
                + "x; composed class by class: " + Quantities.number(c.composedSpeedup()) + "x.");
        Double claimed = Compounds.SEED_CLAIMS.get(c.id());
        if (claimed != null) {
            notes.add("grok2025althw claims ~" + Quantities.number(claimed) + "x for this pair ('Breakthroughs could compound"
                    + " (e.g., photonic + analog ~1000x total)', end of 'Resources with ...').");
        }
        notes.add("Why they differ: " + c.whyTheyDiffer());
        List<String> idle = idleMembers(c);
        idle.forEach(id -> notes.add(idleNote(id)));
        notes.add("Baseline " + baseline.backendId() + " on " + workload.name() + " under scenario " + scenario.name() + ": "
                + Quantities.time(dev.cambrian.api.Range.of(baseline.time().trainingSeconds())) + ". Compound figures are"
                + " nominal (members at their nominal values).");
        Optional<Footprint> footprint = Compounds.footprint(c, estimates, scenario);
        footprint.ifPresent(f -> notes.add("Carbon: operational " + Quantities.carbon(f.operationalKgCo2e()) + " (facility energy x "
                + Quantities.range(f.grid().kgCo2ePerKwh(), "kgCO2e/kWh") + ", " + f.grid().regionName() + ") + embodied "
                + Quantities.carbon(f.embodiedKgCo2e()) + " (each device kind as its member's estimate found it); water "
                + Quantities.water(f.waterLitres()) + " (docs/environment.md)."));
        Map<String, Object> root = Json.root(SCHEMA, scenario, workload);
        Map<String, Object> result = CompoundView.json(c, footprint);
        result.put("seedClaimedSpeedup", claimed); // null when the seeds claim nothing for these members: the key is always there
        root.put("result", result);
        List<String> warnings = estimates.stream().flatMap(e -> e.warnings().stream().map(w -> e.backendId() + ": " + w))
                .collect(Collectors.toList());
        warnings.addAll(c.warnings());
        // the members' warnings on the page too, as estimate shows them: --set photonic.speedup=200 changed nothing, unsaid
        warnings.forEach(w -> notes.add("Warning: " + w));
        idle.forEach(id -> warnings.add(idleWarning(id)));
        root.put("warnings", warnings);
        return new Report(List.of(
                new Table("Compound " + c.id() + ": " + workload.name() + ", scenario " + scenario.name(), columns(footprint),
                        List.of(row(c, footprint))),
                new Table("Who runs each operation class", List.of("class", "runs on", "time"), assignment),
                new Table("The arithmetic", List.of("quantity", "value", "formula", "inputs"), steps)), notes, root,
                List.of(tidy(List.of(c), Map.of(c.id(), footprint)), tidyAssignment(c),
                        DerivationView.tidy("compound", Map.of(c.id(), c.derivation()))));
    }

    /** Who runs each operation class, and the seconds the class takes there: one row per class. */
    static DataTable tidyAssignment(Compound c) {
        List<List<Object>> rows = new ArrayList<>();
        c.assignment().forEach((k, v) -> rows.add(List.of(c.id(), k.id(), v, c.secondsByClass().get(k))));
        return new DataTable("assignment", List.of("compound", "class", "runs_on", "time_s"), rows);
    }

    /** What a page says of a member that runs no class: the compound still builds it. */
    static String idleNote(String id) {
        return id + " runs no operation class here (another member or the baseline is faster on each): the compound's time,"
                + " energy, devices and run cost leave it out, but its programme is still counted in the in-house investment"
                + " and the hero month, since a compound builds every member asked for; compose without it to see the compound"
                + " that does not build it.";
    }

    /** The same as a JSON warning. */
    static String idleWarning(String id) {
        return id + ": runs no operation class, yet its programme is counted in the in-house investment and the hero month";
    }

    /** The members the assignment gives no class to, in the compound's order. */
    static List<String> idleMembers(Compound c) {
        List<String> idle = new ArrayList<>(c.members());
        idle.removeAll(c.assignment().values());
        return idle;
    }
}
