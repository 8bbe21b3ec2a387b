package dev.cambrian.cli;

import dev.cambrian.cli.scenario.EnvironmentRequest;
import picocli.CommandLine.Mixin;

/** A command that shows carbon and water, so it offers the grid and water options. */
abstract class FootprintCommand extends ComputeCommand {
    @Mixin
    GridOptions grid;

    @Mixin
    WaterOptions water;

    @Override
    EnvironmentRequest environmentFlags() {
        return grid.request().overriddenBy(water.request());
    }
}
