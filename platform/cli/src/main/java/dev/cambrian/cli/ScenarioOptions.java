package dev.cambrian.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose what to compute: workload, scenario, overrides. */
public final class ScenarioOptions {
    @Option(names = {"-w", "--workload"}, paramLabel = "ID",
            description = "Workload preset (gpt-3, gpt-4, grok-4, grok-5, dense-1t) or 'custom' (default: grok-5,"
                    + " or the scenario file's workload.preset).")
    public String workload;

    @Option(names = "--parameters", paramLabel = "N", description = "Total parameters (e.g. 405e9).")
    public Double parameters;

    @Option(names = "--active-parameters", paramLabel = "N", description = "Parameters active per token (MoE).")
    public Double activeParameters;

    @Option(names = "--tokens", paramLabel = "N", description = "Training tokens (e.g. 15.6e12).")
    public Double tokens;

    @Option(names = "--flop", paramLabel = "FLOP", description = "Training compute, if stated directly (e.g. 3.1e23).")
    public Double flop;

    @Option(names = "--experts", paramLabel = "K", description = "Mixture-of-experts partitions.")
    public Integer experts;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Built-in scenario (default, seed-current, seed-enhanced) or a YAML/JSON file (default: ${DEFAULT-VALUE}).")
    public String scenario;

    @Option(names = "--set", paramLabel = "BACKEND.PARAM=VALUE",
            description = "Override one parameter, e.g. --set gpu-h100.devices=16384 (repeatable).")
    public List<String> set = new ArrayList<>();

    @Option(names = "--lever", paramLabel = "ID[=VALUE]", split = ",",
            description = "Apply one of faraboschi2024barriers' evolutionary levers (repeatable, or 'all'): resilience, data-reduction,"
                    + " model-partitioning, training-algorithms=F, mx-format, lns-format, efficient-hardware,"
                    + " competitive-accelerators; `cambrian levers` lists them with their settings and sources.")
    public List<String> levers = new ArrayList<>();
}
