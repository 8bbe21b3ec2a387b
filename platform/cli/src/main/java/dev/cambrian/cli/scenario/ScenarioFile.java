package dev.cambrian.cli.scenario;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.Economics;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.OperationMix;
import dev.cambrian.api.Range;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Suggestions;
import dev.cambrian.engine.lever.Lever;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.scenario.ScenarioOverride;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's scenario file (YAML or JSON): which built-in it extends and what it overrides. Every key
 * is known, every value typed, every error located. See the README for the format.
 */
public record ScenarioFile(String extendsName, String workloadPreset, ScenarioOverride override,
                           List<LeverSetting> levers, EnvironmentRequest environment) {

    private static final Set<String> TOP = Set.of("scenario", "extends", "description", "baseline", "economics",
            "profiles", "parameters", "workload", "levers", "environment");
    private static final Set<String> ENVIRONMENT = Set.of("region", "marketKgCo2ePerKwh", "wueLitresPerKwh");
    private static final Set<String> ECONOMICS = Set.of("electricityUsdPerKwh", "year");
    private static final Set<String> RANGE = Set.of("low", "nominal", "high");
    private static final Set<String> WORKLOAD = Set.of("preset", "name", "parameters", "activeParameters", "tokens",
            "flop", "experts", "architecture", "mix", "source");
    /** Numbers YAML leaves as strings (405e9 has no dot, so YAML 1.1 does not call it a float). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    public static ScenarioFile read(Path path) {
        Node root = StrictTreeReader.read(path);
        object(root, TOP);
        Map<String, Node> f = root.fields();
        String name = text(f.get("scenario"));
        if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InputException(f.get("scenario").location() + ": scenario: use letters, digits, '.', '_' or '-' (at most 64)");
        }
        Map<String, String> origins = new LinkedHashMap<>();
        Double electricity = null;
        Integer year = null;
        Node economics = f.get("economics");
        if (economics != null) {
            object(economics, ECONOMICS);
            electricity = nonNegative(economics.fields().get("electricityUsdPerKwh"));
            if (electricity != null) {
                origins.put(BuiltInScenarios.ELECTRICITY_ORIGIN, economics.fields().get("electricityUsdPerKwh").location());
            }
            year = whole(economics.fields().get("year"));
            if (year != null && (year < Economics.FIRST_YEAR || year > Economics.LAST_YEAR)) {
                throw new InputException(economics.fields().get("year").location() + ": economics.year: must be between "
                        + Economics.FIRST_YEAR + " and " + Economics.LAST_YEAR + ", got " + year);
            }
        }
        Map<String, String> profiles = new LinkedHashMap<>();
        Node profileNode = f.get("profiles");
        if (profileNode != null) {
            object(profileNode, null);
            profileNode.fields().forEach((backend, v) -> {
                profiles.put(backend, text(v));
                origins.put(Scenario.profileOriginKey(backend), v.location());
            });
        }
        Map<String, Map<String, Range>> parameters = new LinkedHashMap<>();
        Node paramNode = f.get("parameters");
        if (paramNode != null) {
            object(paramNode, null);
            paramNode.fields().forEach((backend, values) -> {
                object(values, null);
                Map<String, Range> byName = new LinkedHashMap<>();
                values.fields().forEach((param, v) -> {
                    byName.put(param, range(v));
                    origins.put(backend + "." + param, v.location());
                });
                parameters.put(backend, byName);
            });
        }
        String preset = null;
        WorkloadRequest workload = null;
        Node w = f.get("workload");
        if (w != null) {
            object(w, WORKLOAD);
            preset = text(w.fields().get("preset"));
            if (preset != null && !preset.equals(WorkloadCatalog.CUSTOM_ID) && WorkloadCatalog.preset(preset).isEmpty()) {
                throw new InputException(w.fields().get("preset").location() + ": workload.preset: unknown workload '" + preset
                        + "'" + Suggestions.didYouMean(preset, WorkloadCatalog.ids()) + "; accepted: " + String.join(", ", WorkloadCatalog.ids()) + ", " + WorkloadCatalog.CUSTOM_ID);
            }
            workload = workload(w.fields());
            origins.put(Scenario.WORKLOAD_ORIGIN_KEY, w.location());
        }
        if (f.get("baseline") != null) {
            origins.put(Scenario.BASELINE_ORIGIN_KEY, f.get("baseline").location());
        }
        ScenarioOverride override = new ScenarioOverride(name, text(f.get("description")), text(f.get("baseline")),
                electricity, year, profiles, parameters, workload, origins);
        String base = text(f.get("extends"));
        if (base != null && BuiltInScenarios.named(base).isEmpty()) {
            throw new InputException(f.get("extends").location() + ": extends: unknown scenario '" + base + "'"
                    + Suggestions.didYouMean(base, BuiltInScenarios.names()) + "; accepted: "
                    + String.join(", ", BuiltInScenarios.names()));
        }
        return new ScenarioFile(base, preset, override, levers(f.get("levers")), environment(f.get("environment")));
    }

    /** {@code environment:} the grid region, a market-based factor and an on-site WUE; the region is checked against the dataset later, with this location. */
    private static EnvironmentRequest environment(Node node) {
        if (node == null) {
            return EnvironmentRequest.NONE;
        }
        object(node, ENVIRONMENT);
        Map<String, Node> e = node.fields();
        Node region = e.get("region");
        Node market = e.get("marketKgCo2ePerKwh");
        Node wue = e.get("wueLitresPerKwh");
        return new EnvironmentRequest(text(region), region == null ? null : region.location() + ": environment.region",
                nonNegative(market), market == null ? null : market.location() + ": environment.marketKgCo2ePerKwh",
                nonNegative(wue), wue == null ? null : wue.location() + ": environment.wueLitresPerKwh");
    }

    /** {@code levers:} maps a lever id to its setting, or to {@code default}. */
    private static List<LeverSetting> levers(Node node) {
        if (node == null) {
            return List.of();
        }
        object(node, null);
        List<LeverSetting> out = new ArrayList<>();
        node.fields().forEach((id, v) -> {
            Lever lever = Lever.byId(id).orElseThrow(() -> new InputException(v.location() + ": levers: unknown lever '" + id + "'"
                    + Suggestions.didYouMean(id, Lever.ids()) + "; accepted: " + Lever.accepted()));
            double setting;
            if (v.kind() == Node.Kind.STRING && "default".equals(v.scalar())) {
                setting = lever.defaultSetting().orElseThrow(() -> new InputException(v.location() + ": levers." + id
                        + ": has no default (" + lever.source() + "); give a number in " + lever.settingUnit()));
            } else {
                setting = number(v);
            }
            out.add(new LeverSetting(lever, setting, v.location() + ": levers." + id));
        });
        return LeverSetting.merged(out, List.of());
    }

    private static WorkloadRequest workload(Map<String, Node> w) {
        Architecture architecture = null;
        Node a = w.get("architecture");
        if (a != null) {
            String id = text(a);
            try {
                architecture = Architecture.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new InputException(a.location() + ": workload.architecture: unknown '" + id + "'; accepted: "
                        + Arrays.stream(Architecture.values()).map(Architecture::id).collect(Collectors.joining(", ")));
            }
        }
        OperationMix mix = null;
        Node m = w.get("mix");
        if (m != null) {
            object(m, null);
            Map<OperationClass, Double> fractions = new EnumMap<>(OperationClass.class);
            for (Map.Entry<String, Node> e : m.fields().entrySet()) {
                try {
                    fractions.put(OperationClass.fromId(e.getKey()), nonNegative(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new InputException(e.getValue().location() + ": workload.mix: unknown operation class '" + e.getKey()
                            + "'; accepted: " + Arrays.stream(OperationClass.values()).map(OperationClass::id)
                            .collect(Collectors.joining(", ")));
                }
            }
            try {
                mix = new OperationMix(fractions);
            } catch (IllegalArgumentException ex) {
                throw new InputException(m.location() + ": workload.mix: " + ex.getMessage());
            }
        }
        Double parameters = positive(w.get("parameters"));
        Double active = positive(w.get("activeParameters"));
        Integer experts = whole(w.get("experts"));
        if (experts != null && experts < 1) {
            throw new InputException(w.get("experts").location() + ": workload.experts: must be at least 1");
        }
        return new WorkloadRequest(null, text(w.get("name")), parameters, active, positive(w.get("tokens")),
                positive(w.get("flop")), experts, architecture, mix, text(w.get("source")));
    }

    /** A number, or {low, nominal, high}. */
    private static Range range(Node v) {
        if (v.kind() == Node.Kind.OBJECT) {
            object(v, RANGE);
            for (String k : RANGE) {
                if (!v.fields().containsKey(k)) {
                    throw new InputException(v.location() + ": " + v.path() + ": a range needs low, nominal and high");
                }
            }
            double low = nonNegative(v.fields().get("low"));
            double nominal = nonNegative(v.fields().get("nominal"));
            double high = nonNegative(v.fields().get("high"));
            if (low > nominal || nominal > high) {
                throw new InputException(v.location() + ": " + v.path() + ": a range needs low <= nominal <= high");
            }
            return new Range(low, nominal, high);
        }
        return Range.of(nonNegative(v));
    }

    private static void object(Node n, Set<String> allowed) {
        if (n.kind() != Node.Kind.OBJECT) {
            throw new InputException(n.location() + ": " + label(n) + ": expected a mapping of keys to values, got " + kindOf(n));
        }
        if (allowed != null) {
            for (Map.Entry<String, Node> e : n.fields().entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw new InputException(e.getValue().keyLocation() + ": unknown key '" + e.getKey() + "'"
                            + (n.path().isEmpty() ? "" : " in " + n.path()) + Suggestions.didYouMean(e.getKey(), allowed) + "; accepted: "
                            + allowed.stream().sorted().collect(Collectors.joining(", ")));
                }
            }
        }
    }

    /** What a node is, for a message: "nothing" for a key with no value ('environment:' read as an empty string). */
    private static String kindOf(Node n) {
        boolean empty = n.kind() == Node.Kind.NULL || n.kind() == Node.Kind.STRING && ((String) n.scalar()).isBlank();
        return empty ? "nothing" : n.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String label(Node n) {
        return n.path().isEmpty() ? "document" : n.path();
    }

    private static String text(Node n) {
        if (n == null) {
            return null;
        }
        if (n.kind() != Node.Kind.STRING) {
            throw new InputException(n.location() + ": " + label(n) + ": expected text, got " + kindOf(n));
        }
        return (String) n.scalar();
    }

    private static Double number(Node n) {
        if (n == null) {
            return null;
        }
        double v;
        switch (n.kind()) {
            case INTEGER, FLOAT -> {
                String inexact = n.kind() == Node.Kind.INTEGER ? dev.cambrian.cli.UsageErrors.inexactWhole(n.scalar().toString()) : null;
                if (inexact != null) {
                    throw new InputException(n.location() + ": " + label(n) + ": " + inexact);
                }
                v = ((Number) n.scalar()).doubleValue();
            }
            case STRING -> {
                String s = ((String) n.scalar()).trim();
                if (!NUMBER.matcher(s).matches()) {
                    throw new InputException(n.location() + ": " + label(n) + ": expected a number, got '" + s + "'");
                }
                String inexact = dev.cambrian.cli.UsageErrors.inexactWhole(s);
                if (inexact != null) {
                    throw new InputException(n.location() + ": " + label(n) + ": " + inexact);
                }
                v = Double.parseDouble(s);
            }
            default -> throw new InputException(n.location() + ": " + label(n) + ": expected a number, got " + kindOf(n));
        }
        if (!Double.isFinite(v)) {
            throw new InputException(n.location() + ": " + label(n) + ": must be a finite number, got " + v);
        }
        return v;
    }

    private static Double nonNegative(Node n) {
        Double v = number(n);
        if (v != null && v < 0) {
            throw new InputException(n.location() + ": " + label(n) + ": must not be negative, got " + v);
        }
        return v;
    }

    private static Double positive(Node n) {
        Double v = number(n);
        if (v != null && v <= 0) {
            throw new InputException(n.location() + ": " + label(n) + ": must be positive, got " + v);
        }
        return v;
    }

    private static Integer whole(Node n) {
        Double v = number(n);
        if (v == null) {
            return null;
        }
        if (n.kind() == Node.Kind.FLOAT || v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new InputException(n.location() + ": " + label(n) + ": expected a whole number, got " + n.scalar());
        }
        return v.intValue();
    }
}
