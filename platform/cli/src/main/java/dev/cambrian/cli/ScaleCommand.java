package dev.cambrian.cli;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.WorkloadLevers;
import dev.cambrian.engine.scale.ScaleConfig;
import dev.cambrian.engine.scale.ScaleDerivation;
import dev.cambrian.engine.scale.ScaleModel;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Time to train versus system size (faraboschi2024barriers Fig. 7): the base and optimized supercomputing"
                + " configurations and the K-of-N tolerant runtime, dense and as an 8-expert MoE.")
class ScaleCommand implements Callable<Integer> {
    static final String SCHEMA = "cambrian.scale/v1";
    /** faraboschi2024barriers §3.1, Fig. 7: 'organizing the model into eight sparsely activated partitions'. */
    static final int MOE_EXPERTS = 8;
    static final List<ScaleConfig> CONFIGS = List.of(ScaleConfig.BASE, ScaleConfig.OPTIMIZED, ScaleConfig.OPTIMIZED_K_OF_N);

    /** faraboschi2024barriers §1.3's dense 1T, the run of its Fig. 7. */
    static final String DEFAULT_WORKLOAD = "dense-1t";

    @Mixin
    OutputOptions common;

    @Mixin
    ScenarioLeverOptions scenarioOptions;

    @Option(names = "--devices", paramLabel = "N,...", split = ",",
            description = "System sizes in GPUs (default: 1000,2000,5000,10000,20000,50000,100000,200000).")
    List<Long> devices = new ArrayList<>(List.of(1_000L, 2_000L, 5_000L, 10_000L, 20_000L, 50_000L, 100_000L, 200_000L));

    @Option(names = "--explain", paramLabel = "N",
            description = "Also show, at N GPUs, how each configuration gets its dense time: formula, inputs, source.")
    Long explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioOptions.scenario, List.of());
        Scenario scenario = loaded.scenario().withLevers(LeverSetting.merged(loaded.scenario().levers(),
                LeverSetting.parse(scenarioOptions.levers, "--lever")));
        // Levers that change what is trained apply; the others change a backend's parameters, and scale's GPU
        // and its configurations are the paper's own (resilience is its 'optimized' column).
        Workload w = WorkloadLevers.apply(Context.workload(scenarioOptions, scenario, loaded.workloadPreset(), DEFAULT_WORKLOAD),
                scenario.levers());
        List<String> notApplied = scenario.levers().stream().filter(s -> s.lever().flopFactor(s.setting()) == 1)
                .map(LeverSetting::label).toList();
        for (long n : devices) {
            if (n < 1) {
                throw new InputException("--devices: sizes must be at least 1, got " + n);
            }
        }
        if (explain != null && explain < 1) {
            throw new InputException("--explain: the size must be at least 1 GPU, got " + explain);
        }
        double dense = w.trainingFlop();
        double moe = dense / MOE_EXPERTS;
        List<String> columns = new ArrayList<>(List.of("GPUs"));
        for (String kind : List.of("dense", "MoE-8")) {
            for (ScaleConfig c : CONFIGS) {
                columns.add(c.name() + " " + kind);
            }
        }
        columns.add("optimized / base");
        List<List<String>> rows = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        for (long n : devices) {
            List<String> row = new ArrayList<>(List.of(Quantities.grouped(n)));
            Map<String, Object> times = Json.object();
            for (double flop : new double[] {dense, moe}) {
                String suffix = flop == dense ? "dense" : "moe-" + MOE_EXPERTS;
                for (ScaleConfig c : CONFIGS) {
                    OptionalDouble t = ScaleModel.seconds(flop, n, c);
                    row.add(t.isPresent() ? Quantities.time(Range.of(t.getAsDouble())) : "no progress");
                    times.put(c.name() + "-" + suffix, t.isPresent() ? t.getAsDouble() : null);
                }
            }
            OptionalDouble base = ScaleModel.seconds(dense, n, ScaleConfig.BASE);
            OptionalDouble optimized = ScaleModel.seconds(dense, n, ScaleConfig.OPTIMIZED);
            row.add(base.isPresent() && optimized.isPresent()
                    ? Quantities.number(base.getAsDouble() / optimized.getAsDouble()) + "x" : "-");
            rows.add(row);
            Map<String, Object> r = Json.object();
            r.put("devices", n);
            r.put("timeSeconds", times);
            json.add(r);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Scenario: " + scenario.name() + " (the workload and the levers that change it; scale's GPU and"
                + " configurations are faraboschi2024barriers Table 3's own).");
        if (!notApplied.isEmpty()) {
            notes.add("Not applied by scale: " + String.join(", ", notApplied) + " (they change a backend's parameters; the"
                    + " base and optimized columns already show the paper's checkpoint changes).");
        }
        Map<String, Object> fastest = Json.object();
        for (ScaleConfig c : CONFIGS) {
            double size = ScaleModel.fastestSize(dense, c);
            fastest.put(c.name(), size);
            notes.add("The " + c.name() + " configuration stops improving past about " + Quantities.grouped(size) + " GPUs"
                    + (size >= 1e7 ? " (the end of the search)" : "") + ": " + c.description() + ".");
        }
        notes.add("Model: " + ScaleModel.SOURCE + ": " + Quantities.sci(ScaleModel.SUSTAINED_FLOPS_PER_GPU)
                + " FLOP/s sustained per GPU, MTBF 950k h (GPU) and 1,500k h (CPU, 1 per 4 GPUs), 2 h to recover, Young/Daly"
                + " checkpoints of all 80 GB of GPU memory, 1% sequential share as weak-scaling efficiency. MoE-8 = C / 8"
                + " (faraboschi2024barriers §1.3). The K-of-N runtime is modelled at face value (an interrupt stops the job only when 5"
                + " of 100 groups are already down), beyond the paper's ~2x: shown on its own.");
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("scenario", scenario.name());
        root.put("workload", Json.workload(w));
        root.put("moeExperts", MOE_EXPERTS);
        root.put("rows", json);
        root.put("fastestSizeGpus", fastest);
        List<Table> tables = new ArrayList<>(List.of(new Table("Time to train " + w.name() + " (" + Quantities.sci(dense)
                + " FLOP) vs system size", columns, rows)));
        if (explain != null) {
            Map<String, Object> configurations = Json.object();
            for (ScaleConfig c : CONFIGS) {
                List<Derivation> steps = ScaleDerivation.of(dense, explain, c);
                tables.add(DerivationView.table("How " + c.name() + " gets its dense time at " + Quantities.grouped(explain)
                        + " GPUs (" + w.name() + ", " + Quantities.sci(dense) + " FLOP)", steps));
                configurations.put(c.name(), DerivationView.json(steps));
            }
            Map<String, Object> explained = Json.object();
            explained.put("devices", explain);
            explained.put("configurations", configurations);
            root.put("explain", explained);
        }
        Output.emit(new Report(tables, notes, root), common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
