package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.environment.CarbonCheck;
import dev.cambrian.engine.environment.CarbonValidator;
import dev.cambrian.engine.environment.PublishedCarbon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Published carbon figures reproduced on their stated bases, and the runs' energy on those bases from Cambrian's hours. */
final class CarbonValidationView {
    private static final double KG_PER_TONNE = 1000;

    private CarbonValidationView() {
    }

    static List<Table> tables(List<CarbonCheck> checks) {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> energy = new ArrayList<>();
        for (CarbonCheck c : checks) {
            PublishedCarbon p = c.published();
            rows.add(List.of(p.model(), Quantities.grouped(p.deviceHours()) + " " + p.device() + "-h",
                    Quantities.number(p.wattsPerDevice()) + " W x " + Quantities.number(p.pue()),
                    Quantities.number(c.energyMwh()) + (p.energyMwhPublished().isPresent()
                            ? " (" + Quantities.number(p.energyMwhPublished().getAsDouble()) + ")" : ""),
                    Quantities.number(c.kgCo2ePerKwh()) + (c.intensityFrom().equals("stated") ? " stated" : " " + p.regionOrNull()),
                    Quantities.number(p.tco2ePublished()), Quantities.number(c.tco2e()), ratio(c),
                    c.vacuous() ? "not counted" : c.within(CarbonValidator.TOLERANCE) ? "yes" : "NO",
                    c.regionTco2e().isPresent() ? Quantities.number(c.regionTco2e().getAsDouble()) + " (" + p.regionOrNull() + ")" : "-",
                    p.source() + ", " + p.location()));
            c.predictedEnergyMwh().ifPresent(mwh -> p.energyMwhPublished().ifPresent(published -> energy.add(List.of(p.runOrNull(),
                    Quantities.number(published), Quantities.number(p.wattsPerDevice()) + " W (" + p.powerBasis() + ") x PUE "
                            + Quantities.number(p.pue()), Quantities.range(mwh, ""),
                    String.format(Locale.ROOT, "%.2f", mwh.nominal() / published)))));
        }
        List<Table> tables = new ArrayList<>();
        long within = checks.stream().filter(c -> c.within(CarbonValidator.TOLERANCE)).count();
        long vacuous = checks.stream().filter(CarbonCheck::vacuous).count();
        tables.add(new Table("Published carbon figures reproduced on their stated basis: " + within + " of " + (checks.size() - vacuous)
                + " within " + Math.round(CarbonValidator.TOLERANCE * 100) + "% (data/published-carbon.csv"
                + (vacuous == 0 ? ")" : "; " + vacuous + " published zero not counted: a zero intensity gives zero whatever the"
                        + " energy, so it checks nothing)"),
                List.of("figure", "device-hours", "power x PUE", "MWh (published)", "kgCO2e/kWh", "published tCO2e",
                        "reproduced tCO2e", "ratio", "within", "at region average", "source"), rows));
        if (!energy.isEmpty()) {
            tables.add(new Table("Energy on the published basis from Cambrian's predicted device-hours (MWh)",
                    List.of("run", "published MWh", "basis", "predicted MWh", "ratio"), energy));
        }
        return tables;
    }

    /**
     * The spreadsheet's table: one row per published carbon figure, in SI units (device time in s, power
     * in W, energy in J) except carbon in kgCO2e and the grid intensity per kWh, as the sources state it.
     */
    static DataTable tidy(List<CarbonCheck> checks) {
        List<List<Object>> rows = new ArrayList<>();
        for (CarbonCheck c : checks) {
            PublishedCarbon p = c.published();
            Range predicted = c.predictedEnergyMwh().orElse(null);
            rows.add(Arrays.asList(p.id(), p.model(), p.runOrNull(), p.device(), p.deviceHours() * Units.SECONDS_PER_HOUR,
                    p.wattsPerDevice(), p.powerBasis(), p.pue(), c.energyMwh() * Units.JOULES_PER_MWH,
                    p.energyMwhPublished().isPresent() ? p.energyMwhPublished().getAsDouble() * Units.JOULES_PER_MWH : null,
                    c.kgCo2ePerKwh(), c.intensityFrom(), p.tco2ePublished() * KG_PER_TONNE, c.tco2e() * KG_PER_TONNE,
                    c.vacuous() ? null : c.ratio(), c.vacuous() ? null : c.within(CarbonValidator.TOLERANCE), p.regionOrNull(),
                    c.regionTco2e().isPresent() ? c.regionTco2e().getAsDouble() * KG_PER_TONNE : null,
                    predicted == null ? null : predicted.low() * Units.JOULES_PER_MWH,
                    predicted == null ? null : predicted.nominal() * Units.JOULES_PER_MWH,
                    predicted == null ? null : predicted.high() * Units.JOULES_PER_MWH, p.basis(), p.source() + ", " + p.location()));
        }
        return new DataTable("carbon", List.of("figure", "model", "run", "device", "device_time_s", "power_per_device_W",
                "power_basis", "pue_ratio", "energy_reproduced_J", "energy_published_J", "intensity_kgCO2e_per_kWh",
                "intensity_from", "carbon_published_kgCO2e", "carbon_reproduced_kgCO2e", "carbon_ratio", "within_tolerance",
                "region", "carbon_at_region_average_kgCO2e", "energy_predicted_low_J", "energy_predicted_nominal_J",
                "energy_predicted_high_J", "basis", "source"), rows);
    }

    static List<String> notes() {
        return List.of("Carbon reproduced = device-hours x power x PUE x intensity, as each source states them; where a source"
                + " states no intensity, its region's annual average (data/grid-intensity.csv). 'at region average' is the same"
                + " energy at the dataset's figure for the region the source names. docs/environment.md gives each basis.");
    }

    static List<Object> json(List<CarbonCheck> checks) {
        List<Object> out = new ArrayList<>();
        for (CarbonCheck c : checks) {
            PublishedCarbon p = c.published();
            Map<String, Object> m = Json.object();
            m.put("id", p.id());
            m.put("model", p.model());
            m.put("deviceHours", p.deviceHours());
            m.put("wattsPerDevice", p.wattsPerDevice());
            m.put("powerBasis", p.powerBasis());
            m.put("pue", p.pue());
            m.put("energyMwh", c.energyMwh());
            p.energyMwhPublished().ifPresent(x -> m.put("energyMwhPublished", x));
            m.put("kgCo2ePerKwh", c.kgCo2ePerKwh());
            m.put("intensityFrom", c.intensityFrom());
            m.put("tco2ePublished", p.tco2ePublished());
            m.put("tco2eReproduced", c.tco2e());
            m.put("ratio", c.vacuous() ? null : c.ratio());
            m.put("withinTolerance", c.vacuous() ? null : c.within(CarbonValidator.TOLERANCE));
            c.regionTco2e().ifPresent(x -> m.put("tco2eAtRegionAverage", x));
            c.predictedEnergyMwh().ifPresent(r -> m.put("predictedEnergyMwhOnBasis", Json.range(r)));
            m.put("basis", p.basis());
            m.put("source", p.source() + ", " + p.location());
            out.add(m);
        }
        return out;
    }

    private static String ratio(CarbonCheck c) {
        if (c.vacuous()) {
            return "- (0 / 0)";
        }
        return Double.isFinite(c.ratio()) ? String.format(Locale.ROOT, "%.2f", c.ratio()) : "inf";
    }
}
