package dev.cambrian.cli;

import dev.cambrian.cli.scenario.EnvironmentRequest;
import picocli.CommandLine.Mixin;

/** A command that shows carbon or water, so it offers the grid and water options. */
abstract class FootprintCommand extends ComputeCommand {
    @Mixin
    EnvironmentOptions environment;

    @Override
    EnvironmentRequest environmentFlags() {
        return environment.request();
    }
}
