package dev.cambrian.cli;

import picocli.CommandLine.Option;

/** Options that say what is trained: a preset, or a custom workload, changed field by field. */
public class WorkloadOptions {
    @Option(names = {"-w", "--workload"}, paramLabel = "ID",
            description = "Workload preset (gpt-3, gpt-4, grok-4, grok-5, dense-1t) or 'custom' (default: the scenario"
                    + " file's workload.preset, else the command's: grok-5, or dense-1t for scale).")
    public String workload;

    @Option(names = "--parameters", paramLabel = "N", description = "Total parameters (e.g. 405e9).")
    public Double parameters;

    @Option(names = "--active-parameters", paramLabel = "N", description = "Parameters active per token (MoE).")
    public Double activeParameters;

    @Option(names = "--tokens", paramLabel = "N", description = "Training tokens (e.g. 15.6e12). A workload left with neither tokens nor compute (custom, dense-1t, or a"
                    + " preset resized by --parameters) trains on 20 per parameter (compute-optimal: hoffmann2022chinchilla),"
                    + " which its name then says.")
    public Double tokens;

    @Option(names = "--flop", paramLabel = "FLOP", description = "Training compute, if stated directly (e.g. 3.1e23).")
    public Double flop;

    @Option(names = "--experts", paramLabel = "K", description = "Mixture-of-experts partitions.")
    public Integer experts;
}
