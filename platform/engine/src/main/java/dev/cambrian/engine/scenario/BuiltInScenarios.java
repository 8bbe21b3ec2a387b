package dev.cambrian.engine.scenario;

import dev.cambrian.api.Economics;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios that ship (docs/models.md §0). They only pick profiles and economics: the numbers live in
 * the plugins' profiles, each with its source.
 */
public final class BuiltInScenarios {
    public static final String DEFAULT = "default";
    public static final String SEED_CURRENT = "seed-current";
    public static final String SEED_ENHANCED = "seed-enhanced";
    /** The reference system relative models apply to: grok2025althw states its baseline in H100-equivalents. */
    public static final String BASELINE = "gpu-h100";
    /** Profile the GPU baseline plugin declares with the values grok2025althw's baseline implies. */
    public static final String SEED_BASELINE_PROFILE = "seed-000";

    /**
     * US EIA, Electric Power Monthly, Table 5.6.A: average retail price to the industrial sector,
     * 2024, about 8.1 cents per kWh.
     */
    public static final double DEFAULT_ELECTRICITY_USD_PER_KWH = 0.081;
    /** grok2025althw, 'Baseline for Grok 5': energy costed at $0.15/kWh. */
    public static final double SEED_ELECTRICITY_USD_PER_KWH = 0.15;
    public static final int YEAR = 2026;
    /** The relative backends' switch for grok2025althw's arithmetic (dev.cambrian.api.relative.RelativeParameters). */
    public static final String SEED_ARITHMETIC = dev.cambrian.api.relative.RelativeParameters.SEED_ARITHMETIC;
    /** Key of the electricity price's origin in a scenario's origins. */
    public static final String ELECTRICITY_ORIGIN = "economics.electricityUsdPerKwh";

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        add(DEFAULT, "Realistic today: GPU figures from datasheets and published runs; alternatives at their"
                + " 'current' profile", Profile.CURRENT, DEFAULT_ELECTRICITY_USD_PER_KWH,
                "eia2024electricity: US EIA Electric Power Monthly, Table 5.6.A, industrial average 2024");
        add(SEED_CURRENT, "grok2025althw's 'Resources with ...' tables: the baseline's implied values on gpu-h100,"
                + " alternatives at their 'current' profile", Profile.CURRENT, SEED_ELECTRICITY_USD_PER_KWH,
                "grok2025althw, 'Baseline for Grok 5'");
        add(SEED_ENHANCED, "grok2025althw's 'Possible scientific breakthroughs' tables: the same baseline, alternatives"
                + " at their 'enhanced' profile", Profile.ENHANCED, SEED_ELECTRICITY_USD_PER_KWH,
                "grok2025althw, 'Baseline for Grok 5'");
    }

    private BuiltInScenarios() {
    }

    private static void add(String name, String description, String profile, double electricity, String electricitySource) {
        Map<String, String> profiles = new LinkedHashMap<>();
        profiles.put(Scenario.ALL_BACKENDS, profile);
        if (!name.equals(DEFAULT)) {
            profiles.put(BASELINE, SEED_BASELINE_PROFILE);
        }
        Map<String, Map<String, Range>> parameters = new LinkedHashMap<>();
        if (!name.equals(DEFAULT)) {
            // The seed's tables apply headline factors to the whole run: relative backends do the same here.
            parameters.put(Scenario.ALL_BACKENDS, Map.of(SEED_ARITHMETIC, Range.of(1)));
        }
        SCENARIOS.put(name, new Scenario(name, description, BASELINE, new Economics(electricity, YEAR), profiles,
                parameters, null, Map.of(Scenario.ALL_BACKENDS + "." + SEED_ARITHMETIC, "scenario " + name
                        + " (seed arithmetic: headline factors on the whole run)", ELECTRICITY_ORIGIN, electricitySource)));
    }

    public static Optional<Scenario> named(String name) {
        return Optional.ofNullable(SCENARIOS.get(name));
    }

    public static List<Scenario> all() {
        return List.copyOf(SCENARIOS.values());
    }

    public static List<String> names() {
        return List.copyOf(SCENARIOS.keySet());
    }
}
