package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.lever.Lever;
import dev.cambrian.engine.lever.LeverEffects;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.ParameterChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The levers' catalogue and their measured effects as tables, the cambrian.levers/v1 JSON and a tidy table of effects. */
final class LeversView {
    static final String SCHEMA = "cambrian.levers/v1";

    private LeversView() {
    }

    static Report report(LeverRuns.Study study) {
        List<LeverSetting> chosen = study.levers();
        LeverEffects.Result result = study.effects();
        String id = study.backend();
        List<List<String>> catalogue = new ArrayList<>();
        List<Object> leversJson = new ArrayList<>();
        for (Lever l : Lever.values()) {
            LeverSetting s = chosen.stream().filter(x -> x.lever() == l).findFirst().orElse(null);
            String setting = s != null ? Quantities.number(s.setting()) + " " + l.settingUnit()
                    : l.defaultSetting().isPresent() ? Quantities.number(l.defaultSetting().getAsDouble()) + " "
                    + l.settingUnit() + " (not applied)" : "no default (" + l.settingUnit() + ")";
            catalogue.add(List.of(l.id(), l.area(), setting, changes(l, s), l.source()));
            Map<String, Object> m = Json.object();
            m.put("id", l.id());
            m.put("area", l.area());
            m.put("description", l.description());
            m.put("defaultSetting", l.defaultSetting().isPresent() ? l.defaultSetting().getAsDouble() : null);
            m.put("setting", s != null ? s.setting() : null);
            m.put("settingUnit", l.settingUnit());
            m.put("source", l.source());
            leversJson.add(m);
        }
        List<List<String>> effects = new ArrayList<>();
        effects.add(row("none", result.without(), null));
        List<Object> effectsJson = new ArrayList<>();
        for (LeverEffects.Effect e : result.alone()) {
            effects.add(row(e.label(), e.figures(), e.factors()));
            effectsJson.add(json(e));
        }
        if (result.stackedOrNull() != null) {
            effects.add(row(LeverEffects.STACKED + " (" + result.alone().size() + " levers)", result.stackedOrNull().figures(),
                    result.stackedOrNull().factors()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Each lever is measured by running " + id + " again with it (alone) and with all of them (stacked), so"
                + " the stacked factor includes their interactions rather than the product of the single ones.");
        notes.add(LeverRuns.note(chosen));
        notes.add("Workload levers follow faraboschi2024barriers §1.3 (C = 6 x active parameters x tokens; more experts mean"
                + " fewer active parameters). Parameter levers leave a backend alone when it does not declare the"
                + " parameter (x1.00); under the seed-000 profile failures are folded into utilization, so resilience"
                + " shows no effect there.");
        notes.addAll(study.userValues());
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("backend", id);
        root.put("scenario", Json.scenario(study.scenario()));
        root.put("workload", Json.workload(study.workload()));
        root.put("levers", leversJson);
        root.put("without", figures(result.without()));
        root.put("alone", effectsJson);
        root.put("stacked", result.stackedOrNull() == null ? null : json(result.stackedOrNull()));
        String on = id + " training " + study.workload().name() + ", scenario " + study.scenario().name();
        return new Report(List.of(
                new Table("faraboschi2024barriers' evolutionary levers (Table 2)", List.of("lever", "area", "setting", "changes", "source"),
                        catalogue),
                new Table("Effect on " + on, List.of("levers", "time", "energy", "cost", "time x", "energy x", "cost x"),
                        effects)), notes, root, List.of(tidy(result)));
    }

    /** The spreadsheet's table: one row per lever set (none, each alone, all stacked), nominal figures in SI units. */
    static DataTable tidy(LeverEffects.Result result) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(tidyRow("none", List.of(), result.without(), new LeverEffects.Figures(1, 1, 1)));
        for (LeverEffects.Effect e : result.alone()) {
            rows.add(tidyRow("alone", e.settings(), e.figures(), e.factors()));
        }
        if (result.stackedOrNull() != null) {
            LeverEffects.Effect e = result.stackedOrNull();
            rows.add(tidyRow(LeverEffects.STACKED, e.settings(), e.figures(), e.factors()));
        }
        return new DataTable("effects", List.of("set", "levers", "levers_count", "time_nominal_s", "energy_nominal_J",
                "cost_nominal_USD", "time_factor_ratio", "energy_factor_ratio", "cost_factor_ratio"), rows);
    }

    private static List<Object> tidyRow(String set, List<LeverSetting> levers, LeverEffects.Figures f, LeverEffects.Figures x) {
        return List.of(set, LeverRuns.labels(levers), levers.size(), f.seconds(), f.joules(), f.usd(), x.seconds(), x.joules(),
                x.usd());
    }

    private static String changes(Lever l, LeverSetting s) {
        double setting = s != null ? s.setting() : l.defaultSetting().orElse(Double.NaN);
        if (Double.isNaN(setting)) {
            return "training FLOP x the setting";
        }
        List<String> parts = new ArrayList<>();
        if (l.flopFactor(setting) != 1) {
            parts.add("training FLOP x" + Quantities.number(l.flopFactor(setting)));
        }
        parts.addAll(l.parameterChanges(setting).stream().map(ParameterChange::describe).collect(Collectors.toList()));
        return String.join("; ", parts);
    }

    private static List<String> row(String label, LeverEffects.Figures f, LeverEffects.Figures x) {
        return List.of(label, Quantities.time(Range.of(f.seconds())), Quantities.energy(Range.of(f.joules())),
                Quantities.usd(Range.of(f.usd())), x == null ? "1" : Quantities.number(x.seconds()),
                x == null ? "1" : Quantities.number(x.joules()), x == null ? "1" : Quantities.number(x.usd()));
    }

    private static Map<String, Object> figures(LeverEffects.Figures f) {
        Map<String, Object> m = Json.object();
        m.put("trainingSeconds", f.seconds());
        m.put("energyJoules", f.joules());
        m.put("costUsd", f.usd());
        return m;
    }

    private static Map<String, Object> json(LeverEffects.Effect e) {
        Map<String, Object> m = Json.object();
        m.put("levers", e.settings().stream().map(s -> s.lever().id()).toList());
        m.put("figures", figures(e.figures()));
        Map<String, Object> factors = Json.object();
        factors.put("time", e.factors().seconds());
        factors.put("energy", e.factors().joules());
        factors.put("cost", e.factors().usd());
        m.put("factors", factors);
        return m;
    }
}
