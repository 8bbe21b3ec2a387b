package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Assumption;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for the JSON contract's recurring parts (docs/architecture.md §4). */
final class Json {
    private Json() {
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /**
     * A run's warnings as every JSON document carries them: its notes, then each backend that failed, then each with
     * no valid answer (a document with a key of its own for those passes none).
     */
    static List<String> warnings(List<String> notes, List<String> failures, List<String> infeasible) {
        List<String> warnings = new ArrayList<>(notes);
        failures.forEach(f -> warnings.add("failed: " + f));
        infeasible.forEach(f -> warnings.add("no valid answer: " + f));
        return warnings;
    }

    /** A report's JSON head: its schema, then the scenario and the workload it was computed for. */
    static Map<String, Object> root(String schema, Scenario scenario, Workload workload) {
        Map<String, Object> m = object();
        m.put("schema", schema);
        m.put("scenario", scenario(scenario));
        m.put("workload", workload(workload));
        return m;
    }

    /**
     * A figure computed at nominal values only, which has no range to give: {"nominal": x}, where a range with low = high
     * would read as "no uncertainty" (a compound's time, energy, cost and hero month; its members' ranges are their own).
     */
    static Map<String, Object> nominalOnly(double nominal) {
        Map<String, Object> m = object();
        m.put("nominal", nominal);
        return m;
    }

    static Map<String, Object> range(Range r) {
        Map<String, Object> m = object();
        m.put("low", r.low());
        m.put("nominal", r.nominal());
        m.put("high", r.high());
        return m;
    }

    static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = object();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("baseline", s.baseline());
        Map<String, Object> e = object();
        e.put("electricityUsdPerKwh", s.economics().electricityUsdPerKwh());
        e.put("year", s.economics().year());
        m.put("economics", e);
        m.put("profiles", s.profiles());
        m.put("levers", levers(s.levers()));
        m.put("parameters", parameters(s));
        return m;
    }

    /**
     * The values the scenario gives backends ('*' for all), each with where it came from (a built-in scenario, a file's
     * line, --set): the JSON of plan, levers and audit named none of them. Each result's assumptions say which the
     * backend declares and what they replace.
     */
    private static List<Object> parameters(Scenario s) {
        List<Object> out = new ArrayList<>();
        s.parameters().forEach((backend, values) -> values.forEach((name, value) -> {
            Map<String, Object> m = object();
            m.put("backend", backend);
            m.put("parameter", name);
            m.put("value", range(value));
            m.put("origin", s.originOf(backend, name));
            out.add(m);
        }));
        return out;
    }

    /** What differs from a backend's defaults and who set it: parameter, unit, default, value, origin. */
    static List<Object> assumptions(List<Assumption> assumptions) {
        List<Object> out = new ArrayList<>();
        for (Assumption a : assumptions) {
            Map<String, Object> m = object();
            m.put("parameter", a.parameter());
            m.put("unit", a.unit());
            m.put("default", range(a.defaultValue()));
            m.put("value", range(a.value()));
            m.put("origin", a.origin());
            out.add(m);
        }
        return out;
    }

    static List<Object> levers(List<LeverSetting> levers) {
        List<Object> out = new ArrayList<>();
        for (LeverSetting l : levers) {
            Map<String, Object> m = object();
            m.put("id", l.lever().id());
            m.put("area", l.lever().area());
            m.put("setting", l.setting());
            m.put("settingUnit", l.lever().settingUnit());
            m.put("source", l.lever().source());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> workload(Workload w) {
        Map<String, Object> m = object();
        m.put("id", w.id());
        m.put("name", w.name());
        m.put("totalParameters", w.totalParameters());
        m.put("activeParameters", w.activeParameters());
        m.put("tokens", w.tokens());
        m.put("trainingFlop", w.trainingFlop());
        m.put("experts", w.experts());
        m.put("architecture", w.architecture().id());
        Map<String, Object> mix = object();
        w.mix().fractions().forEach((c, f) -> mix.put(c.id(), f));
        m.put("operationMix", mix);
        m.put("source", w.source());
        return m;
    }

    /** A parallel plan: the layout, memory per device and the step-time split, in SI units. */
    static Map<String, Object> plan(dev.cambrian.api.ParallelPlan p) {
        Map<String, Object> m = object();
        m.put("mode", p.mode());
        m.put("tensor", p.tensor());
        m.put("pipeline", p.pipeline());
        m.put("data", p.data());
        m.put("expert", p.expert());
        m.put("zeroStage", p.zeroStage());
        m.put("recomputation", p.recomputation());
        m.put("devicesUsed", p.devicesUsed());
        m.put("memoryBytesPerDevice", p.memoryBytes());
        m.put("memoryCapacityBytes", p.memoryCapacityBytes());
        m.put("stepSeconds", p.stepSeconds());
        m.put("stepTimeSeconds", p.stepTimeSeconds());
        m.put("steps", p.steps());
        return m;
    }
}
