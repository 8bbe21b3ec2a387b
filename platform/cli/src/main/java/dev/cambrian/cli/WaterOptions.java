package dev.cambrian.cli;

import dev.cambrian.cli.scenario.EnvironmentRequest;
import picocli.CommandLine.Option;

/** The on-site water option, offered by the commands that show water (not audit, whose checks read none). */
public final class WaterOptions {
    @Option(names = "--wue", paramLabel = "L_PER_KWH",
            description = "On-site water usage effectiveness in L per kWh of IT energy (default: 0.55, range 0-1.8).")
    public Double wue;

    /** What the flag asks of the water factor; null keeps the scenario file's. */
    EnvironmentRequest request() {
        return new EnvironmentRequest(null, null, null, null, wue, "--wue");
    }
}
