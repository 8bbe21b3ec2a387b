package dev.cambrian.cli;

import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sweep as a tidy table: one row per grid point, one column per variable, units in the column names,
 * numbers in full precision (the shortest text that reads back the same double, as every CSV of the tool writes
 * them: {@link dev.cambrian.cli.output.Csv#number}) so tools read back exactly what was computed; an empty cell (null
 * in JSON) where a point has no figure.
 */
final class SweepView {
    private static final List<String> BASE = List.of("point", "workload", "parameters", "active_parameters", "tokens",
            "training_flop", "devices", "devices_nominal_count", "device_kinds", "scenario", "levers", "backend", "status");
    /** The figures a sweep reports, in column order. */
    private static final List<Figure> FIGURES = List.of(Figure.TIME, Figure.ENERGY, Figure.COST);

    private SweepView() {
    }

    /** Named as estimate's and uncertainty's tables name them: figure, statistic, unit (time_p10_s). */
    static List<String> columns(boolean sampled) {
        List<String> c = new ArrayList<>(BASE);
        FIGURES.forEach(f -> c.add(f.id() + "_nominal_" + f.unit()));
        if (sampled) {
            for (Figure f : FIGURES) {
                for (String p : List.of("p10", "p50", "p90")) {
                    c.add(f.id() + "_" + p + "_" + f.unit());
                }
            }
            c.add(SweepRow.VALID_SAMPLES);
            c.add("uncertainty_declared"); // false: no range of its own is sampled, its spread is its baseline's
        }
        c.add("detail");
        return c;
    }

    static Report report(List<SweepRow> rows, Options mcOrNull) {
        boolean sampled = mcOrNull != null;
        List<String> columns = columns(sampled);
        List<List<String>> cells = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        for (SweepRow r : rows) {
            List<Object> values = values(r, sampled);
            // numbers as uncertainty's and estimate's CSV write them (11885090907.920126, not 1.1885090907920126E10)
            cells.add(values.stream().map(v -> v == null ? "" : v instanceof Double d ? dev.cambrian.cli.output.Csv.number(d)
                    : v.toString()).toList());
            Map<String, Object> m = Json.object();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), values.get(i));
            }
            json.add(m);
        }
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("samples", sampled ? mcOrNull.samples() : 0);
        root.put("seed", sampled ? mcOrNull.seed() : null);
        root.put("rows", json);
        return new Report(List.of(new Table(null, columns, cells)), List.of(), root);
    }

    static final String SCHEMA = "cambrian.sweep/v2";

    private static List<Object> values(SweepRow r, boolean sampled) {
        List<Object> v = new ArrayList<>(List.of(r.point(), r.workloadId(), r.parameters(), r.activeParameters(),
                r.tokens(), r.trainingFlop()));
        v.add(r.devices());
        v.add(r.devicesInForce());
        v.add(r.deviceKinds());
        v.addAll(List.of(r.scenario(), r.levers(), r.backend(), r.status()));
        v.add(number(r.seconds()));
        v.add(number(r.joules()));
        v.add(number(r.usd()));
        if (sampled) {
            for (Percentiles p : java.util.Arrays.asList(r.secondsPct(), r.joulesPct(), r.usdPct())) {
                v.add(p == null ? null : number(p.p10()));
                v.add(p == null ? null : number(p.p50()));
                v.add(p == null ? null : number(p.p90()));
            }
            v.add(r.validSamples());
            v.add(r.uncertaintyDeclared());
        }
        v.add(r.detail());
        return v;
    }

    private static Double number(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
