package dev.cambrian.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The workload, the scenario and the levers: what a command that runs no backend parameters takes. */
public class ScenarioLeverOptions extends WorkloadOptions {
    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Built-in scenario (default, seed-current, seed-enhanced) or a YAML/JSON file (default: ${DEFAULT-VALUE}).")
    public String scenario;

    @Option(names = "--lever", paramLabel = "ID[=VALUE]", split = ",",
            description = "Apply one of faraboschi2024barriers' evolutionary levers (repeatable, or 'all'): resilience, data-reduction,"
                    + " model-partitioning, training-algorithms=F, mx-format, lns-format, efficient-hardware,"
                    + " competitive-accelerators; `cambrian levers` lists them with their settings and sources.")
    public List<String> levers = new ArrayList<>();
}
