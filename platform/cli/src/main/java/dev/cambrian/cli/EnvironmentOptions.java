package dev.cambrian.cli;

import dev.cambrian.cli.scenario.EnvironmentRequest;
import picocli.CommandLine.Option;

/**
 * The grid and water options, offered only by the commands that show carbon or water (estimate, rank, compose,
 * uncertainty, report, audit): elsewhere they would be accepted and change nothing.
 */
public final class EnvironmentOptions {
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

    /** What the flags ask of the footprint, each value's origin its flag; null values keep the scenario file's. */
    EnvironmentRequest request() {
        return new EnvironmentRequest(region, "--region", marketIntensity, "--market-intensity", wue, "--wue");
    }
}
