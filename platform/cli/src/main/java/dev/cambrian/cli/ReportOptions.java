package dev.cambrian.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the report and the served page compute beyond the workload and scenario: the same flags for both. */
public final class ReportOptions {
    @Option(names = {"-b", "--backend"}, paramLabel = "ID", split = ",",
            description = "Backends to show, comma-separated, or 'all' (default: all).")
    public List<String> backends = new ArrayList<>();

    @Option(names = "--compose", paramLabel = "A+B", split = ",",
            description = "Also show these compounds (backend ids joined with '+'), comma-separated or repeated.")
    public List<String> compounds = new ArrayList<>();

    @Mixin
    SamplingOptions sampling = new SamplingOptions(2000);
}
