package dev.cambrian.engine.scenario;

import dev.cambrian.api.Range;
import dev.cambrian.engine.workload.WorkloadRequest;
import java.util.Map;

/** What a scenario file or the {@code --set} flags change; null or empty means "keep". */
public record ScenarioOverride(
        String name,
        String description,
        String baseline,
        Double electricityUsdPerKwh,
        Integer year,
        Map<String, String> profiles,
        Map<String, Map<String, Range>> parameters,
        WorkloadRequest workloadOrNull,
        Map<String, String> origins) {

    public static ScenarioOverride parameters(Map<String, Map<String, Range>> parameters, Map<String, String> origins) {
        return new ScenarioOverride(null, null, null, null, null, Map.of(), parameters, null, origins);
    }
}
