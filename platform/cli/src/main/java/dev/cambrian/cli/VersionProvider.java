package dev.cambrian.cli;

import dev.cambrian.api.ApiVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the product and SPI versions. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CambrianCommand.class.getPackage().getImplementationVersion();
        return new String[] {"cambrian " + (version == null ? "(development build)" : version),
                "plugin API " + ApiVersion.current()};
    }
}
