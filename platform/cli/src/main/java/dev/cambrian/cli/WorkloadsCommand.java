package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.DataTable;
import dev.cambrian.cli.output.Quantities;
import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadRequest;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "workloads", mixinStandardHelpOptions = true,
        description = "List the workload presets with their size, compute and source.")
class WorkloadsCommand implements Callable<Integer> {
    static final String SCHEMA = "cambrian.workloads/v1";

    @Mixin
    OutputOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        List<List<Object>> tidy = new ArrayList<>();
        List<Object> json = new ArrayList<>();
        for (WorkloadRequest r : WorkloadCatalog.presets()) {
            Workload w = WorkloadResolver.resolve(r);
            // a figure the source does not state is derived (marked *): grok-4's tokens and active size read as stated
            rows.add(List.of(w.id(), w.name(), Quantities.sci(w.totalParameters()),
                    Quantities.sci(w.activeParameters()) + derived(r.activeParameters()), Quantities.sci(w.tokens()) + derived(r.tokens()),
                    Quantities.sci(w.trainingFlop()) + derived(r.trainingFlop()), w.experts() + derived(r.experts()),
                    w.architecture().id(), w.source()));
            tidy.add(List.of(w.id(), w.name(), w.totalParameters(), w.activeParameters(), w.tokens(), w.trainingFlop(), w.experts(),
                    w.architecture().id(), w.source()));
            json.add(Json.workload(w));
        }
        Map<String, Object> root = Json.object();
        root.put("schema", SCHEMA);
        root.put("workloads", json);
        Output.emit(new Report(List.of(new Table("Workload presets (-w ID; or -w custom --parameters N [--tokens N | --flop F])",
                List.of("id", "name", "parameters", "active", "tokens", "FLOP", "experts", "architecture", "source"), rows)),
                List.of("Compute C = 6 x active parameters x tokens unless the source states it (faraboschi2024barriers §1.3);"
                        + " tokens default to 20 per parameter (Chinchilla).",
                        "* derived, not stated by the source: the active size is the whole model over the experts (the"
                                + " whole model when there are none); the experts are the whole model over the active size;"
                                + " tokens are C / (6 x active parameters) when it states the compute, else 20 per parameter;"
                                + " the compute is 6 x active parameters x tokens."), root,
                // the CSV: every figure whole, not the table's three digits (GPT-4's 2.18e+25 FLOP is 2.184e25)
                List.of(new DataTable("workloads", List.of("id", "name", "total_parameters_count", "active_parameters_count", "tokens_count",
                        "training_FLOP", "experts_count", "architecture", "source"), tidy))), common, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static String derived(Object statedOrNull) {
        return statedOrNull == null ? " *" : "";
    }
}
