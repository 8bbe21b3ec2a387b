package dev.cambrian.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that choose what to compute: workload, scenario, levers and single parameter overrides. */
public final class ScenarioOptions extends ScenarioLeverOptions {
    @Option(names = "--set", paramLabel = "BACKEND.PARAM=VALUE",
            description = "Override one parameter, e.g. --set gpu-h100.devices=16384 (repeatable).")
    public List<String> set = new ArrayList<>();

    @Option(names = "--region", paramLabel = "ID",
            description = "Grid region for operational carbon and off-site water (location-based annual average): world, us, eu,"
                    + " fr, de, gb, cn, in, jp (default: world, or the scenario file's environment.region).")
    public String region;

    @Option(names = "--market-intensity", paramLabel = "KG_PER_KWH",
            description = "Market-based carbon factor in kgCO2e/kWh (your contracts, e.g. 0 for matched renewables) in place of"
                    + " the region's average.")
    public Double marketIntensity;

    @Option(names = "--wue", paramLabel = "L_PER_KWH",
            description = "On-site water usage effectiveness in L per kWh of IT energy (default: 0.55, range 0-1.8).")
    public Double wue;
}
