package dev.cambrian.cli;

import dev.cambrian.cli.scenario.EnvironmentRequest;
import picocli.CommandLine.Option;

/**
 * The grid options, offered only by the commands that show carbon (estimate, rank, compose, uncertainty, report,
 * audit): elsewhere they would be accepted and change nothing. Water's is {@link WaterOptions}.
 */
public final class GridOptions {
    @Option(names = "--region", paramLabel = "ID",
            description = "Grid region for operational carbon and off-site water (location-based annual average): world, us, eu,"
                    + " fr, de, gb, cn, in, jp (default: world, or the scenario file's environment.region).")
    public String region;

    @Option(names = "--market-intensity", paramLabel = "KG_PER_KWH",
            description = "Market-based carbon factor in kgCO2e/kWh (your contracts, e.g. 0 for matched renewables) in place of"
                    + " the region's average.")
    public Double marketIntensity;

    /** What the flags ask of the grid, each value's origin its flag; null values keep the scenario file's. */
    EnvironmentRequest request() {
        return new EnvironmentRequest(region, "--region", marketIntensity, "--market-intensity", null, null);
    }
}
