package dev.cambrian.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options that choose what to compute: workload, scenario, levers and single parameter overrides (the grid and water
 * options are {@link GridOptions} and {@link WaterOptions}, only where a command shows carbon or water).
 */
public final class ScenarioOptions extends ScenarioLeverOptions {
    @Option(names = "--set", paramLabel = "BACKEND.PARAM=VALUE",
            description = "Override one parameter, e.g. --set gpu-h100.devices=16384 (repeatable).")
    public List<String> set = new ArrayList<>();
}
