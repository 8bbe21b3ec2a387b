package dev.cambrian.cli;

import dev.cambrian.api.Range;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.scale.ScaleConfig;
import dev.cambrian.engine.scale.ScaleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** How a scale sweep is shown: the table of sizes, its notes, its JSON and the tidy table of sizes. */
final class ScaleView {
    static final String SCHEMA = "cambrian.scale/v1";
    private static final String DENSE = "dense";
    private static final String MOE = "moe-" + Scalings.MOE_EXPERTS;
    /** The MoE column's label in the table and the notes. */
    private static final String MOE_LABEL = "MoE-" + Scalings.MOE_EXPERTS;

    private ScaleView() {
    }

    static Report report(Scalings.Result r) {
        List<String> columns = new ArrayList<>(List.of("GPUs"));
        for (String kind : List.of(DENSE, MOE_LABEL)) {
            for (ScaleConfig c : Scalings.CONFIGS) {
                columns.add(c.name() + " " + kind);
            }
        }
        columns.add("optimized / base");
        List<List<String>> rows = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        List<String> tidyColumns = new ArrayList<>(List.of("gpus_count"));
        for (String suffix : List.of(DENSE, MOE)) {
            for (ScaleConfig c : Scalings.CONFIGS) {
                tidyColumns.add(c.name().replace('-', '_') + "_" + suffix.replace('-', '_') + "_time_s");
            }
        }
        List<List<Object>> tidyRows = new ArrayList<>();
        for (Scalings.Size size : r.sizes()) {
            List<Object> tidyRow = new ArrayList<>(List.of(size.gpus()));
            List<String> row = new ArrayList<>(List.of(Quantities.grouped(size.gpus())));
            Map<String, Object> times = Json.object();
            for (String suffix : List.of(DENSE, MOE)) {
                Map<ScaleConfig, OptionalDouble> seconds = suffix.equals(DENSE) ? size.denseSeconds() : size.moeSeconds();
                for (ScaleConfig c : Scalings.CONFIGS) {
                    OptionalDouble t = seconds.get(c);
                    row.add(t.isPresent() ? Quantities.time(Range.of(t.getAsDouble())) : "no progress");
                    times.put(c.name() + "-" + suffix, t.isPresent() ? t.getAsDouble() : null);
                    tidyRow.add(t.isPresent() ? t.getAsDouble() : null);
                }
            }
            OptionalDouble speedup = size.optimizedSpeedup();
            row.add(speedup.isPresent() ? Quantities.number(speedup.getAsDouble()) + "x" : "-");
            rows.add(row);
            tidyRows.add(tidyRow);
            Map<String, Object> m = Json.object();
            m.put("devices", size.gpus());
            m.put("timeSeconds", times);
            json.add(m);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Scenario: " + r.scenario().name() + " (the workload and the levers that change it; scale's GPU and"
                + " configurations are faraboschi2024barriers Table 3's own).");
        if (!r.leversNotApplied().isEmpty()) {
            notes.add("Not applied by scale: " + String.join(", ", r.leversNotApplied()) + " (they change a backend's parameters; the"
                    + " base and optimized columns already show the paper's checkpoint changes).");
        }
        if (r.workload().experts() > 1) {
            notes.add(r.workload().name() + " is a " + r.workload().experts() + "-expert MoE: scale shows it as the paper's"
                    + " Fig. 7 does, trained dense (" + Quantities.sci(r.denseFlop()) + " FLOP, every one of its "
                    + Quantities.sci(r.workload().totalParameters()) + " parameters active, where its own run activates "
                    + Quantities.sci(r.workload().activeParameters()) + ") and as the paper's " + MOE_LABEL + ".");
        }
        Map<String, Object> fastest = Json.object();
        r.fastestSizeGpus().forEach((c, size) -> {
            fastest.put(c.name(), size);
            notes.add("The " + c.name() + " configuration stops improving past about " + Quantities.grouped(size) + " GPUs"
                    + (size >= 1e7 ? " (the end of the search)" : "") + ": " + c.description() + ".");
        });
        ScaleConfig kOfN = ScaleConfig.OPTIMIZED_K_OF_N;
        notes.add("Model: " + ScaleModel.SOURCE + ": " + Quantities.sci(ScaleModel.SUSTAINED_FLOPS_PER_GPU)
                + " FLOP/s sustained per GPU, MTBF " + Quantities.grouped(ScaleModel.GPU_MTBF_HOURS / 1e3) + "k h (GPU) and "
                + Quantities.grouped(ScaleModel.CPU_MTBF_HOURS / 1e3) + "k h (CPU, 1 per " + Quantities.grouped(ScaleModel.GPUS_PER_CPU)
                + " GPUs), " + Quantities.grouped(ScaleModel.RECOVER_HOURS) + " h to recover, Young/Daly checkpoints of all "
                + Quantities.grouped(ScaleModel.GPU_MEMORY_BYTES / 1e9) + " GB of GPU memory, "
                + Quantities.grouped(ScaleModel.SEQUENTIAL_FRACTION * 100) + "% sequential share as weak-scaling efficiency. "
                + MOE_LABEL + " = C / " + Scalings.MOE_EXPERTS + " (faraboschi2024barriers §1.3). The K-of-N runtime is modelled at"
                + " face value (an interrupt stops the job only when " + kOfN.toleratedGroups() + " of " + kOfN.groups()
                + " groups are already down), beyond the paper's ~2x: shown on its own.");
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("scenario", r.scenario().name());
        root.put("workload", Json.workload(r.workload()));
        root.put("moeExperts", Scalings.MOE_EXPERTS);
        root.put("rows", json);
        root.put("fastestSizeGpus", fastest);
        double dense = r.denseFlop();
        List<Table> tables = new ArrayList<>(List.of(new Table("Time to train " + r.workload().name() + " ("
                + Quantities.sci(dense) + " FLOP) vs system size", columns, rows)));
        Scalings.Explained explained = r.explainedOrNull();
        List<DataTable> tidy = new ArrayList<>(List.of(new DataTable("sizes", tidyColumns, tidyRows)));
        if (explained != null) {
            Map<String, Object> configurations = Json.object();
            Map<String, List<dev.cambrian.api.Derivation>> byConfiguration = new java.util.LinkedHashMap<>();
            explained.steps().forEach((c, steps) -> {
                byConfiguration.put(c.name(), steps);
                tables.add(DerivationView.table("How " + c.name() + " gets its dense time at " + Quantities.grouped(explained.gpus())
                        + " GPUs (" + r.workload().name() + ", " + Quantities.sci(dense) + " FLOP)", steps));
                configurations.put(c.name(), DerivationView.json(steps));
            });
            tidy.add(DerivationView.tidy("configuration", byConfiguration)); // --format csv dropped --explain without a word
            Map<String, Object> m = Json.object();
            m.put("devices", explained.gpus());
            m.put("configurations", configurations);
            root.put("explain", m);
        }
        return new Report(tables, notes, root, tidy);
    }
}
