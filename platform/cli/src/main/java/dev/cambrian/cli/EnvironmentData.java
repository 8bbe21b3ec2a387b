package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.scenario.EnvironmentRequest;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.environment.DeviceMaterials;
import dev.cambrian.engine.environment.EmbodiedMethod;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Factor;
import dev.cambrian.engine.environment.GridFactor;
import dev.cambrian.engine.environment.PublishedCarbon;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The environmental datasets shipped inside the CLI (data/ in the repository, sources in
 * docs/environment.md): grid intensity and water by region, the embodied method's constants, device
 * materials, and published carbon figures. Read once per process.
 */
final class EnvironmentData {
    static final String GRID = "data/grid-intensity.csv";
    static final String FACTORS = "data/environment-factors.csv";
    static final String DEVICES = "data/embodied-devices.csv";
    static final String PUBLISHED = "data/published-carbon.csv";
    static final String DEFAULT_REGION = "world";
    private static final String CPA_PREFIX = "cpa-";

    private static final List<String> GRID_COLUMNS = List.of("region", "name", "year", "kgco2e_per_kwh_low", "kgco2e_per_kwh",
            "kgco2e_per_kwh_high", "intensity_source", "offsite_water_l_per_kwh_low", "offsite_water_l_per_kwh",
            "offsite_water_l_per_kwh_high", "water_source");
    private static final List<String> FACTOR_COLUMNS = List.of("name", "unit", "low", "nominal", "high", "source");
    private static final List<String> DEVICE_COLUMNS = List.of("kind", "node", "logic_area_mm2_low", "logic_area_mm2",
            "logic_area_mm2_high", "memory_gb", "source");
    private static final List<String> PUBLISHED_COLUMNS = List.of("id", "model", "run", "device", "device_hours",
            "watts_per_device", "power_basis", "pue", "energy_mwh_published", "intensity_kg_per_kwh_stated", "region",
            "tco2e_published", "basis", "source", "location");

    private static final class Loaded {
        static final Map<String, GridFactor> GRIDS = new LinkedHashMap<>();
        static final Map<String, Factor> OFFSITE = new LinkedHashMap<>();
        static final Map<String, Factor> METHOD = new LinkedHashMap<>();
        static final EmbodiedMethod EMBODIED;
        /** The grid with the highest intensity: a market-based factor above it is most likely in grams. */
        static final GridFactor DIRTIEST;

        static {
            for (Map<String, String> r : rows(GRID, GRID_COLUMNS)) {
                String id = r.get("region");
                GRIDS.put(id, new GridFactor(id, r.get("name") + " " + r.get("year"),
                        range(r, "kgco2e_per_kwh_low", "kgco2e_per_kwh", "kgco2e_per_kwh_high"), false, r.get("intensity_source")));
                OFFSITE.put(id, new Factor("offsite-water " + id, "L/kWh",
                        range(r, "offsite_water_l_per_kwh_low", "offsite_water_l_per_kwh", "offsite_water_l_per_kwh_high"),
                        r.get("water_source")));
            }
            for (Map<String, String> r : rows(FACTORS, FACTOR_COLUMNS)) {
                METHOD.put(r.get("name"), new Factor(r.get("name"), r.get("unit"), range(r, "low", "nominal", "high"), r.get("source")));
            }
            DIRTIEST = GRIDS.values().stream().max(java.util.Comparator.comparingDouble(g -> g.kgCo2ePerKwh().high())).orElseThrow();
            Map<String, DeviceMaterials> devices = new LinkedHashMap<>();
            for (Map<String, String> r : rows(DEVICES, DEVICE_COLUMNS)) {
                devices.put(r.get("kind"), new DeviceMaterials(r.get("kind"), r.get("node"),
                        range(r, "logic_area_mm2_low", "logic_area_mm2", "logic_area_mm2_high"), number(r, "memory_gb"), r.get("source")));
            }
            Map<String, Factor> cpa = new LinkedHashMap<>();
            METHOD.forEach((name, f) -> {
                if (name.startsWith(CPA_PREFIX)) {
                    cpa.put(name.substring(CPA_PREFIX.length()), f);
                }
            });
            EMBODIED = new EmbodiedMethod(devices, cpa, factor("memory"), factor("packaging"), factor("host"),
                    factor("unknown-device"), factor("lifetime"));
        }

        private static Factor factor(String name) {
            Factor f = METHOD.get(name);
            if (f == null) {
                throw new IllegalStateException(FACTORS + " has no row '" + name + "'");
            }
            return f;
        }
    }

    private EnvironmentData() {
    }

    static Map<String, GridFactor> regions() {
        return Map.copyOf(Loaded.GRIDS);
    }

    static List<String> regionIds() {
        return List.copyOf(Loaded.GRIDS.keySet());
    }

    /** The environment a request asks for: the region's grid (or the user's market-based factor), its water, the method. */
    static Environment resolve(EnvironmentRequest request) {
        finiteNonNegative(request.marketKgCo2ePerKwh(), request.marketOrigin(), "kgCO2e/kWh");
        finiteNonNegative(request.wueLitresPerKwh(), request.wueOrigin(), "L/kWh");
        String region = request.region() == null ? DEFAULT_REGION : request.region();
        GridFactor grid = Loaded.GRIDS.get(region);
        if (grid == null) {
            throw new InputException((request.regionOrigin() == null ? "--region" : request.regionOrigin()) + ": unknown region '"
                    + region + "'; accepted: " + String.join(", ", Loaded.GRIDS.keySet()));
        }
        if (request.marketKgCo2ePerKwh() != null) {
            double given = request.marketKgCo2ePerKwh();
            // above every grid of the dataset: most likely grams (480 for 0.48)
            grid = new GridFactor(grid.region(), grid.regionName(), Range.of(given), true, "the user's market-based factor, "
                    + request.marketOrigin() + aboveHighest(given, Loaded.DIRTIEST.kgCo2ePerKwh().high(), "kgCO2e/kWh",
                            "the highest of the grids in the dataset (" + Loaded.DIRTIEST.regionName() + ")", "kilograms per kWh"));
        }
        Factor wue = Loaded.METHOD.get("wue-onsite");
        if (request.wueLitresPerKwh() != null) {
            double given = request.wueLitresPerKwh();
            // above every average the method's sources publish: most likely another unit (per MWh, gallons)
            wue = new Factor(wue.name(), wue.unit(), Range.of(given), "the user's WUE, " + request.wueOrigin() + aboveHighest(given,
                    wue.value().high(), "L/kWh", "the highest average the method's sources give", "litres per kWh of IT energy"));
        }
        return new Environment(grid, Loaded.OFFSITE.get(region), wue, Loaded.EMBODIED);
    }

    /** A user's factor above the highest the data knows is most likely in another unit: the note that says so, or "". */
    private static String aboveHighest(double given, double highest, String unit, String highestIs, String unitInWords) {
        return given > highest ? " (above " + Quantities.withUnit(highest, unit) + ", " + highestIs + ": check the unit, "
                + unitInWords + ")" : "";
    }

    private static void finiteNonNegative(Double value, String origin, String unit) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw new InputException(origin + ": must be a finite, non-negative number of " + unit + ", got "
                    + Quantities.given(value));
        }
    }

    static List<PublishedCarbon> publishedCarbon() {
        List<PublishedCarbon> out = new ArrayList<>();
        for (Map<String, String> r : rows(PUBLISHED, PUBLISHED_COLUMNS)) {
            out.add(new PublishedCarbon(r.get("id"), r.get("model"), blankToNull(r.get("run")), r.get("device"),
                    number(r, "device_hours"), number(r, "watts_per_device"), r.get("power_basis"), number(r, "pue"),
                    optional(r, "energy_mwh_published"), optional(r, "intensity_kg_per_kwh_stated"), blankToNull(r.get("region")),
                    number(r, "tco2e_published"), r.get("basis"), r.get("source"), r.get("location")));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static OptionalDouble optional(Map<String, String> r, String column) {
        return blankToNull(r.get(column)) == null ? OptionalDouble.empty() : OptionalDouble.of(number(r, column));
    }

    private static double number(Map<String, String> r, String column) {
        try {
            return Double.parseDouble(r.get(column).trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(r.get("@where") + ": " + column + ": not a number: '" + r.get(column) + "'");
        }
    }

    private static Range range(Map<String, String> r, String low, String nominal, String high) {
        return new Range(number(r, low), number(r, nominal), number(r, high));
    }

    /** A bundled dataset's rows by column, each with "@where" (file:line); the header must be exactly {@code columns}. */
    private static List<Map<String, String>> rows(String resource, List<String> columns) {
        try (InputStream in = EnvironmentData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the cambrian-cli jar");
            }
            List<Map<String, String>> out = new ArrayList<>();
            try (CsvRows it = CsvRows.of(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String[] first = it.next();
                if (first == null || !Arrays.asList(first).equals(columns)) {
                    throw new IllegalStateException(resource + ":1: header must be " + String.join(",", columns));
                }
                int line = 1;
                for (String[] cells = it.next(); cells != null; cells = it.next()) {
                    line++;
                    if (cells.length == 1 && cells[0].isBlank()) {
                        continue;
                    }
                    if (cells.length != columns.size()) {
                        throw new IllegalStateException(resource + ":" + line + ": expected " + columns.size() + " cells, got " + cells.length);
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        row.put(columns.get(i), cells[i]);
                    }
                    row.put("@where", resource + ":" + line);
                    out.add(row);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
