package dev.cambrian.cli;

import dev.cambrian.api.ParallelPlan;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plans as tables (layout and memory; the step split), the cambrian.plan/v1 JSON and a tidy table of plans. */
final class PlanView {
    static final String SCHEMA = "cambrian.plan/v1";
    /** What a device holds and where a step's time goes, as the absolute kit names them (ParallelPlan). */
    private static final List<String> MEMORY = List.of("weights", "gradients", "optimizer", "activations");
    private static final List<String> STEP = List.of("compute", "tensor-parallel", "data-parallel", "pipeline-bubble",
            "expert-all-to-all");

    private PlanView() {
    }

    static Report report(Plans.Result result, Scenario scenario, Workload workload) {
        List<String> infeasible = result.infeasible();
        List<String> failures = result.failures();
        List<List<String>> layout = new ArrayList<>();
        List<List<String>> split = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        List<String> planNotes = new ArrayList<>();
        for (Plans.Planned p : result.planned()) {
            String id = p.estimate().backendId();
            if (p.estimate().nominal().time().plan().isEmpty()) {
                String batch = p.estimate().assumptions().stream()
                        .filter(a -> a.parameter().equals(dev.cambrian.api.absolute.AbsoluteParameters.GLOBAL_BATCH)).findFirst()
                        .map(a -> Quantities.sci(a.value().nominal()) + " tokens (global-batch-tokens, " + a.origin() + ")")
                        .orElse("its global-batch-tokens");
                planNotes.add(id + ": no layout fits both memory and the global batch (" + Quantities.sci(
                        workload.tokens()) + " tokens in batches of " + batch + "); its time in force is "
                        + Quantities.time(p.estimate().trainingSeconds()));
                // in the JSON too, as in the CSV: the backend vanished from --format json with "warnings": []
                results.add(result(p, null));
                continue;
            }
            ParallelPlan plan = p.estimate().nominal().time().plan().orElseThrow();
            double bubble = plan.stepSeconds().get("pipeline-bubble") / plan.stepTimeSeconds();
            if (bubble > 0.25) {
                planNotes.add(id + ": the pipeline bubble is " + Math.round(100 * bubble) + "% of a step; a larger"
                        + " global-batch-tokens (Llama 3.1 405B used 16M; Dubey et al. 2024, section 3.4) leaves more"
                        + " micro-batches per pipeline and shrinks it");
            }
            layout.add(List.of(id, Quantities.grouped(plan.devicesUsed()), layout(plan), "ZeRO-" + plan.zeroStage(),
                    plan.recomputation(), gb(plan.memoryPerDeviceBytes()) + " of " + gb(plan.memoryCapacityBytes()),
                    parts(plan.memoryBytes())));
            Map<String, Double> s = plan.stepSeconds();
            split.add(List.of(id, seconds(plan.stepTimeSeconds()), seconds(s.get("compute")), seconds(s.get("tensor-parallel")),
                    seconds(s.get("data-parallel")), seconds(s.get("pipeline-bubble")), seconds(s.get("expert-all-to-all")),
                    p.splitTime() == null ? "none: " + p.splitProblem() : Quantities.time(p.splitTime().trainingSeconds()),
                    Quantities.time(p.estimate().trainingSeconds())));
            results.add(result(p, plan));
        }
        String title = workload.name() + " (" + Quantities.sci(workload.trainingFlop()) + " FLOP), scenario " + scenario.name();
        List<Table> tables = List.of(
                new Table("Parallel plans: " + title, List.of("backend", "devices used", "layout", "ZeRO", "recomputation",
                        "memory per device (usable)", "weights / gradients / optimizer / activations"), layout),
                new Table("Step time split (one optimizer step) and training time", List.of("backend", "step", "compute",
                        "tensor-parallel", "data-parallel (exposed)", "pipeline bubble", "expert all-to-all",
                        "time from the split", "time in force"), split));
        List<String> out = new ArrayList<>(result.notes());
        out.addAll(planNotes);
        out.add("Layout: TP x PP x DP (x EP), the fastest that fits in the usable memory and in the global batch; memory per"
                + " device after ZeRO sharding and activation recomputation (ZeRO, rajbhandari2020zero; Korthikanti et al."
                + " 2022). Step: compute at the kernel efficiency, tensor-parallel collectives on the scale-up links, the data-"
                + " parallel reduction not hidden behind the backward pass, the pipeline bubble (p-1)/m and the expert all-to-all"
                + " (narayanan2021megatron; lepikhin2020gshard). `explain` shows each formula with its inputs.");
        out.add("Mode: the time in force follows the utilization fitted to published runs (plan-mode 0, what `validate`"
                + " checks) unless a scenario or --set ID.plan-mode=1 makes it the split's.");
        for (Plans.Planned p : result.planned()) {
            out.addAll(AssumptionLines.of(p.estimate()));
            p.estimate().warnings().forEach(w -> out.add("Warning: " + p.estimate().backendId() + ": " + w));
        }
        infeasible.forEach(i -> out.add("Warning: no valid answer: " + i));
        failures.forEach(f -> out.add("Warning: failed: " + f));
        Map<String, Object> root = Json.root(SCHEMA, scenario, workload);
        root.put("results", results);
        root.put("infeasible", infeasible);
        // "photonic makes no parallel plan" was on the page only; the backends without a valid answer have their own key
        root.put("warnings", Json.warnings(result.notes(), failures, List.of()));
        return new Report(tables, out, root, List.of(tidy(result.planned())));
    }

    /** One backend's JSON result; the plan and the split's time are null when no layout fits, and splitProblem says why. */
    private static Map<String, Object> result(Plans.Planned p, ParallelPlan planOrNull) {
        Map<String, Object> r = Json.object();
        r.put("backend", p.estimate().backendId());
        r.put("plan", planOrNull == null ? null : Json.plan(planOrNull));
        r.put("trainingTimeSecondsFromSplit", p.splitTime() == null ? null : Json.range(p.splitTime().trainingSeconds()));
        r.put("trainingTimeSecondsInForce", Json.range(p.estimate().trainingSeconds()));
        r.put("splitProblem", p.splitProblem());
        r.put("warnings", p.estimate().warnings());
        return r;
    }

    /**
     * The spreadsheet's table: one row per planned backend, bytes per device and seconds per step; a backend
     * with no layout that fits has its time in force and empty plan cells.
     */
    static DataTable tidy(List<Plans.Planned> planned) {
        List<String> columns = new ArrayList<>(List.of("backend", "devices_used_count", "tensor_count", "pipeline_count",
                "data_count", "expert_count", "zero_stage", "recomputation", "memory_per_device_B", "memory_capacity_B"));
        MEMORY.forEach(m -> columns.add("memory_" + m + "_B"));
        columns.add("step_s");
        STEP.forEach(s -> columns.add("step_" + s.replace('-', '_') + "_s"));
        columns.add("steps_count");
        for (String time : List.of("time_from_split_%s_s", "time_in_force_%s_s")) {
            for (String level : List.of("low", "nominal", "high")) {
                columns.add(String.format(time, level));
            }
        }
        columns.add("split_problem");
        List<List<Object>> rows = new ArrayList<>();
        for (Plans.Planned p : planned) {
            List<Object> row = new ArrayList<>();
            row.add(p.estimate().backendId());
            ParallelPlan plan = p.estimate().nominal().time().plan().orElse(null);
            if (plan == null) {
                row.addAll(Collections.nCopies(columns.size() - 5, null)); // all but the backend, the time in force and the problem
            } else {
                row.addAll(List.of(plan.devicesUsed(), plan.tensor(), plan.pipeline(), plan.data(), plan.expert(), plan.zeroStage(),
                        plan.recomputation(), plan.memoryPerDeviceBytes(), plan.memoryCapacityBytes()));
                MEMORY.forEach(m -> row.add(plan.memoryBytes().get(m)));
                row.add(plan.stepTimeSeconds());
                STEP.forEach(s -> row.add(plan.stepSeconds().get(s)));
                row.add(plan.steps());
                Range split = p.splitTime() == null ? null : p.splitTime().trainingSeconds();
                row.addAll(split == null ? Collections.nCopies(3, null) : List.of(split.low(), split.nominal(), split.high()));
            }
            Range inForce = p.estimate().trainingSeconds();
            row.addAll(List.of(inForce.low(), inForce.nominal(), inForce.high()));
            row.add(p.splitProblem());
            rows.add(row);
        }
        return new DataTable("plans", columns, rows);
    }

    private static String layout(ParallelPlan p) {
        return "TP " + p.tensor() + " x PP " + p.pipeline() + " x DP " + Quantities.grouped(p.data())
                + (p.expert() > 1 ? " (EP " + p.expert() + ")" : "");
    }

    private static String parts(Map<String, Double> memory) {
        List<String> out = new ArrayList<>();
        memory.values().forEach(v -> out.add(gb(v)));
        return String.join(" / ", out);
    }

    private static String gb(double bytes) {
        return String.format(Locale.ROOT, "%.3g GB", bytes / 1e9);
    }

    private static String seconds(double s) {
        return s == 0 ? "0" : Quantities.number(s) + " s";
    }

}
