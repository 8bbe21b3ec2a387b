package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.environment.EmbodiedMethod;
import dev.cambrian.engine.environment.EnergyBases;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Footprint;
import dev.cambrian.engine.estimate.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The environmental footprint of estimates: energy on each basis, carbon and water, as a table, notes and JSON. */
final class FootprintView {
    static final List<String> COLUMNS = List.of("backend", "energy facility", "energy IT", "device TDP", "TDP x PUE",
            "operational", "embodied", "carbon total", "water");
    private static final String NOT_DECLARED = "-";

    private FootprintView() {
    }

    static Table table(String title, List<Estimate> estimates, boolean numbered) {
        List<String> columns = new ArrayList<>();
        if (numbered) {
            columns.add("#");
        }
        columns.addAll(COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Estimate e : estimates) {
            List<String> row = new ArrayList<>();
            if (numbered) {
                row.add(String.valueOf(rank++));
            }
            row.add(e.backendId());
            EnergyBases b = e.energyBases();
            row.add(Quantities.energy(b.facilityJoules()));
            row.add(b.itJoules().map(Quantities::energy).orElse(NOT_DECLARED));
            row.add(b.deviceJoules().map(Quantities::energy).orElse(NOT_DECLARED));
            row.add(b.devicePueJoules().map(Quantities::energy).orElse(NOT_DECLARED));
            Optional<Footprint> f = e.footprint();
            row.add(f.map(x -> Quantities.carbon(x.operationalKgCo2e())).orElse(NOT_DECLARED));
            row.add(f.map(x -> Quantities.carbon(x.embodiedKgCo2e())).orElse(NOT_DECLARED));
            row.add(f.map(x -> Quantities.carbon(x.totalKgCo2e())).orElse(NOT_DECLARED));
            row.add(f.map(x -> Quantities.water(x.waterLitres())).orElse(NOT_DECLARED));
            rows.add(row);
        }
        return new Table(title, columns, rows);
    }

    /** What the columns mean and where every factor comes from. */
    static List<String> notes(Environment env, List<Estimate> estimates) {
        List<String> notes = new ArrayList<>();
        notes.add("Energy bases: facility = drawn from the grid (all-in power x time x PUE); IT = facility / PUE (devices, hosts,"
                + " network); device TDP = rated device power x device-hours; TDP x PUE = the convention of LLaMA, Llama 2 and"
                + " Llama 3.1's figures. '-': the backend declares no device power (relative models are facility-only).");
        notes.addAll(factorNotes(env));
        notes.add("Source: embodied method: faiz2024llmcarbon §3.5 (die area x carbon per area + memory +"
                + " packaging), constants in data/environment-factors.csv and devices in data/embodied-devices.csv (docs/environment.md)");
        List<String> unknown = estimates.stream().flatMap(e -> e.footprint().stream()).flatMap(f -> f.embodied().stream())
                .filter(l -> l.derivation().startsWith("no published")).map(Footprint.EmbodiedLine::kind).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            notes.add("Embodied: no published die area or memory for " + String.join(", ", unknown) + ": "
                    + Quantities.range(env.embodied().unknownDevice().value(), "kgCO2e") + " per device ("
                    + env.embodied().unknownDevice().source() + ")");
        }
        return notes;
    }

    /** The environment's factors in force (a user's value as given) and their sources: estimate's and uncertainty's notes. */
    static List<String> factorNotes(Environment env) {
        return List.of("Carbon: operational = facility energy x " + Quantities.range(env.grid().kgCo2ePerKwh(), "kgCO2e/kWh") + " ("
                + env.grid().basis() + ", " + env.grid().regionName() + "); embodied = each device's manufacture x device-hours /"
                + " lifetime " + Quantities.range(env.embodied().lifetime().value(), "y") + ". Water = IT energy x on-site WUE "
                + Quantities.range(env.onsiteWue().value(), "L/kWh") + " + facility energy x off-site "
                + Quantities.range(env.offsiteWater().value(), "L/kWh") + " (li2023thirsty §3.1).",
                "Source: grid intensity: " + env.grid().source(),
                "Source: off-site water: " + env.offsiteWater().source(),
                "Source: on-site WUE: " + env.onsiteWue().source());
    }

    static Map<String, Object> json(Estimate e) {
        return json(e.energyBases(), e.footprint());
    }

    /** Energy on each basis and, when there is one, the footprint: of an estimate or of a compound. */
    static Map<String, Object> json(EnergyBases b, Optional<Footprint> footprint) {
        Map<String, Object> m = Json.object();
        Map<String, Object> bases = Json.object();
        bases.put("facilityJoules", Json.range(b.facilityJoules()));
        b.itJoules().ifPresent(r -> bases.put("itJoules", Json.range(r)));
        b.deviceJoules().ifPresent(r -> bases.put("deviceTdpJoules", Json.range(r)));
        b.devicePueJoules().ifPresent(r -> bases.put("deviceTdpTimesPueJoules", Json.range(r)));
        m.put("energyBases", bases);
        footprint.ifPresent(f -> {
            m.put("region", f.grid().region());
            m.put("carbonBasis", f.grid().basis());
            m.put("gridKgCo2ePerKwh", Json.range(f.grid().kgCo2ePerKwh()));
            m.put("operationalKgCo2e", Json.range(f.operationalKgCo2e()));
            m.put("embodiedKgCo2e", Json.range(f.embodiedKgCo2e()));
            m.put("totalKgCo2e", Json.range(f.totalKgCo2e()));
            m.put("onsiteWaterLitres", Json.range(f.onsiteWaterLitres()));
            m.put("offsiteWaterLitres", Json.range(f.offsiteWaterLitres()));
            m.put("waterLitres", Json.range(f.waterLitres()));
            List<Object> lines = new ArrayList<>();
            for (Footprint.EmbodiedLine l : f.embodied()) {
                Map<String, Object> line = Json.object();
                line.put("kind", l.kind());
                line.put("perDeviceKgCo2e", Json.range(l.perDeviceKgCo2e()));
                line.put("runKgCo2e", Json.range(l.runKgCo2e()));
                line.put("derivation", l.derivation());
                line.put("source", l.source());
                lines.add(line);
            }
            m.put("embodied", lines);
            m.put("notes", f.notes());
        });
        return m;
    }

    /** The scenario's environment for the JSON root: factors and their sources. */
    static Map<String, Object> json(Environment env) {
        Map<String, Object> m = Json.object();
        m.put("region", env.grid().region());
        m.put("regionName", env.grid().regionName());
        m.put("carbonBasis", env.grid().basis());
        m.put("gridKgCo2ePerKwh", factor(env.grid().kgCo2ePerKwh(), env.grid().source()));
        m.put("offsiteWaterLitresPerKwh", factor(env.offsiteWater().value(), env.offsiteWater().source()));
        m.put("onsiteWueLitresPerKwh", factor(env.onsiteWue().value(), env.onsiteWue().source()));
        EmbodiedMethod em = env.embodied();
        m.put("lifetimeYears", factor(em.lifetime().value(), em.lifetime().source()));
        m.put("embodiedMethodSources", em.factorSources());
        return m;
    }

    private static Map<String, Object> factor(Range value, String source) {
        Map<String, Object> m = Json.range(value);
        m.put("source", source);
        return m;
    }
}
