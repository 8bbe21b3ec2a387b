package dev.cambrian.engine.scenario;

import dev.cambrian.api.Economics;
import dev.cambrian.api.Range;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.workload.WorkloadRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete set of assumptions (docs/models.md §0): which profile each backend uses, parameter values that
 * override it, the economics, the baseline backend relative models are applied to, and optionally a
 * workload override.
 *
 * @param profiles   backend id, or {@code *} for every backend that declares it, to profile name
 * @param parameters backend id to parameter name to value (a point or a range)
 * @param origins    where each override came from, keyed {@code backend.parameter} (file:line:column or a flag),
 *                   so a later check can point at it
 * @param levers     faraboschi2024barriers' evolutionary levers in force, applied after everything else
 */
public record Scenario(
        String name,
        String description,
        String baseline,
        Economics economics,
        Map<String, String> profiles,
        Map<String, Map<String, Range>> parameters,
        WorkloadRequest workloadOrNull,
        Map<String, String> origins,
        List<LeverSetting> levers) {

    public static final String ALL_BACKENDS = "*";

    public Scenario {
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        Map<String, Map<String, Range>> copy = new LinkedHashMap<>();
        parameters.forEach((backend, values) -> copy.put(backend, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        parameters = Collections.unmodifiableMap(copy);
        origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
        levers = List.copyOf(levers);
    }

    /** A scenario with no levers. */
    public Scenario(String name, String description, String baseline, Economics economics, Map<String, String> profiles,
            Map<String, Map<String, Range>> parameters, WorkloadRequest workloadOrNull, Map<String, String> origins) {
        this(name, description, baseline, economics, profiles, parameters, workloadOrNull, origins, List.of());
    }

    public Scenario withLevers(List<LeverSetting> newLevers) {
        return new Scenario(name, description, baseline, economics, profiles, parameters, workloadOrNull, origins, newLevers);
    }

    /** The same assumptions with other economics (validate runs each published run in its own year). */
    public Scenario withEconomics(Economics newEconomics) {
        return new Scenario(name, description, baseline, newEconomics, profiles, parameters, workloadOrNull, origins, levers);
    }

    public Optional<WorkloadRequest> workload() {
        return Optional.ofNullable(workloadOrNull);
    }

    /** The profile a backend runs under here, if the scenario names one for it or for all. */
    public Optional<String> profileFor(String backendId) {
        String specific = profiles.get(backendId);
        return Optional.ofNullable(specific != null ? specific : profiles.get(ALL_BACKENDS));
    }

    public boolean profileIsSpecific(String backendId) {
        return profiles.containsKey(backendId);
    }

    public String originOf(String backendId, String parameter) {
        return origins.getOrDefault(backendId + "." + parameter, "scenario " + name);
    }

    /** Where the baseline was named, when a user's file named it. */
    public static final String BASELINE_ORIGIN_KEY = "baseline";
    /** Where a user's file set the workload. */
    public static final String WORKLOAD_ORIGIN_KEY = "workload";

    /** The origins key of a backend's profile (ids have no spaces, so it cannot clash with backend.parameter). */
    public static String profileOriginKey(String backendId) {
        return "profile " + backendId;
    }

    /** Where the profile for this backend was chosen: file:line:column, or the scenario. */
    public String originOfProfile(String backendId) {
        return origins.getOrDefault(profileOriginKey(backendId), "scenario " + name);
    }

    /** Where a user's file set the workload, if it did. */
    public Optional<String> workloadOrigin() {
        return Optional.ofNullable(origins.get(WORKLOAD_ORIGIN_KEY));
    }

    /** Where the baseline was named, if a user's file named it (a built-in's baseline is not the user's to fix). */
    public Optional<String> baselineOrigin() {
        return Optional.ofNullable(origins.get(BASELINE_ORIGIN_KEY));
    }

    /** This scenario with another's settings laid over it: what a user file or {@code --set} does. */
    public Scenario overriddenBy(ScenarioOverride o) {
        Map<String, String> mergedProfiles = new LinkedHashMap<>(profiles);
        mergedProfiles.putAll(o.profiles());
        Map<String, Map<String, Range>> mergedParameters = new LinkedHashMap<>();
        parameters.forEach((b, v) -> mergedParameters.put(b, new LinkedHashMap<>(v)));
        o.parameters().forEach((b, v) -> mergedParameters.computeIfAbsent(b, k -> new LinkedHashMap<>()).putAll(v));
        Map<String, String> mergedOrigins = new LinkedHashMap<>(origins);
        mergedOrigins.putAll(o.origins());
        Economics e = new Economics(
                o.electricityUsdPerKwh() != null ? o.electricityUsdPerKwh() : economics.electricityUsdPerKwh(),
                o.year() != null ? o.year() : economics.year());
        WorkloadRequest w = workloadOrNull;
        if (o.workloadOrNull() != null) {
            w = w == null ? o.workloadOrNull() : w.overriddenBy(o.workloadOrNull());
        }
        return new Scenario(
                o.name() != null ? o.name() : name,
                o.description() != null ? o.description() : description,
                o.baseline() != null ? o.baseline() : baseline,
                e, mergedProfiles, mergedParameters, w, mergedOrigins, levers);
    }
}
