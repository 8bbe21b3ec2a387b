package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.scenario.EnvironmentRequest;
import dev.cambrian.cli.scenario.ScenarioFile;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Suggestions;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.scenario.ScenarioOverride;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns {@code --scenario} and {@code --set} into a {@link Scenario}. */
final class ScenarioLoader {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The scenario, and the workload preset its file names (or null). */
    record Loaded(Scenario scenario, String workloadPreset) {
    }

    private ScenarioLoader() {
    }

    /**
     * The first --set that gives {@code parameter} to a backend {@code concerned} accepts ('*' included), as {backend,
     * origin}: a value a command would replace (--deadline's solved count, validate's runs) must not be dropped silently.
     */
    static java.util.Optional<String[]> givenBySet(Scenario s, String parameter, java.util.function.Predicate<String> concerned) {
        return firstSet(s, (backend, name) -> name.equals(parameter) && concerned.test(backend));
    }

    /**
     * The first --set, in the scenario's order, whose backend ('*' included) and parameter {@code which} accepts, as
     * {backend, origin}. A scenario file's values are never returned: one file serves many commands and selections.
     */
    static java.util.Optional<String[]> firstSet(Scenario s, java.util.function.BiPredicate<String, String> which) {
        for (Map.Entry<String, Map<String, Range>> e : s.parameters().entrySet()) {
            for (String parameter : e.getValue().keySet()) {
                String origin = s.originOf(e.getKey(), parameter);
                if (origin.startsWith("--set") && which.test(e.getKey(), parameter)) {
                    return java.util.Optional.of(new String[] {e.getKey(), origin});
                }
            }
        }
        return java.util.Optional.empty();
    }

    static Loaded load(String nameOrFile, List<String> sets) {
        return load(nameOrFile, sets, EnvironmentRequest.NONE);
    }

    /** The scenario, with the environment its file asks for and the flags' request laid over it. */
    static Loaded load(String nameOrFile, List<String> sets, EnvironmentRequest flags) {
        Scenario scenario;
        String preset = null;
        EnvironmentRequest environment = EnvironmentRequest.NONE;
        var builtIn = BuiltInScenarios.named(nameOrFile);
        if (builtIn.isPresent()) {
            scenario = builtIn.get();
        } else {
            Path path = Path.of(nameOrFile);
            if (!Files.exists(path)) {
                throw new InputException("--scenario: '" + nameOrFile + "' is neither a built-in scenario ("
                        + String.join(", ", BuiltInScenarios.names()) + ") nor an existing file"
                        + Suggestions.didYouMean(nameOrFile, BuiltInScenarios.names()));
            }
            ScenarioFile file = ScenarioFile.read(path);
            String base = file.extendsName() == null ? BuiltInScenarios.DEFAULT : file.extendsName();
            Scenario parent = BuiltInScenarios.named(base).orElseThrow(); // ScenarioFile checked it, with its line
            ScenarioOverride o = file.override();
            if (o.name() == null) {
                String fileName = path.getFileName().toString();
                o = new ScenarioOverride(fileName.replaceFirst("\\.[^.]+$", ""), o.description(), o.baseline(),
                        o.electricityUsdPerKwh(), o.year(), o.profiles(), o.parameters(), o.workloadOrNull(), o.origins());
            }
            scenario = parent.overriddenBy(o);
            scenario = scenario.withLevers(LeverSetting.merged(scenario.levers(), file.levers()));
            preset = file.workloadPreset();
            environment = file.environment();
        }
        if (!sets.isEmpty()) {
            scenario = scenario.overriddenBy(parseSets(sets));
        }
        scenario = scenario.withEnvironment(EnvironmentData.resolve(environment.overriddenBy(flags)));
        return new Loaded(scenario, preset);
    }

    static ScenarioOverride parseSets(List<String> sets) {
        Map<String, Map<String, Range>> parameters = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>(); // each parameter's first --set, as typed
        for (String set : sets) {
            int eq = set.indexOf('=');
            int dot = set.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                throw new InputException("--set " + set + ": expected BACKEND.PARAM=VALUE, e.g. gpu-h100.devices=16384");
            }
            String backend = set.substring(0, dot).trim();
            String param = set.substring(dot + 1, eq).trim();
            String value = set.substring(eq + 1).trim();
            if (!NUMBER.matcher(value).matches()) {
                throw new InputException("--set " + set + ": value '" + value + "' is not a number");
            }
            String inexact = UsageErrors.inexactWhole(value);
            if (inexact != null) {
                throw new InputException("--set " + set + ": " + inexact);
            }
            double v = Double.parseDouble(value);
            if (!Double.isFinite(v) || v < 0) {
                throw new InputException("--set " + set + ": value must be a finite, non-negative number");
            }
            Range before = parameters.computeIfAbsent(backend, k -> new LinkedHashMap<>()).put(param, Range.of(v));
            if (before != null && before.nominal() != v) {
                // a repeatable option, but one parameter given two values: the last would win without a word
                throw new InputException("--set " + set + ": " + backend + "." + param + " is also set by --set "
                        + given.get(backend + "." + param) + "; give it once");
            }
            given.putIfAbsent(backend + "." + param, set);
            origins.put(backend + "." + param, "--set " + backend + "." + param);
        }
        return ScenarioOverride.parameters(parameters, origins);
    }
}
