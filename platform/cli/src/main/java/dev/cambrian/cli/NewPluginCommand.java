package dev.cambrian.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new-plugin", mixinStandardHelpOptions = true,
        description = {"Write a new plugin project: a pom on cambrian-plugin-parent, a backend on the absolute kit (a device sold"
                + " today, from its datasheet) or the relative kit (a technology against the GPU baseline), and the TCK's tests.",
                "It builds with 'mvn -B verify' once the distribution's sdk/repository is in your Maven repository"
                        + " (docs/plugin-guide.md). Its figures are placeholders that say so: replace them with yours."})
class NewPluginCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The plugin's id and its backend's id, kebab-case (e.g. acme-ax1).")
    String id;

    @Option(names = "--kind", required = true, paramLabel = "absolute|relative",
            description = "absolute: a device with its datasheet figures; relative: a technology's gains over the GPU baseline.")
    PluginScaffold.Kind kind;

    @Option(names = "--package", paramLabel = "NAME", description = "Java package (default: com.example.cambrian.<id without dashes>).")
    String packageName;

    @Option(names = "--group-id", paramLabel = "GROUP", defaultValue = "com.example", description = "Maven groupId (default: ${DEFAULT-VALUE}).")
    String groupId;

    @Option(names = "--name", paramLabel = "TEXT", description = "Display name (default: the id).")
    String name;

    @Option(names = "--provider", paramLabel = "TEXT", defaultValue = "Example provider",
            description = "Who provides the plugin: its Plugin-Provider (default: ${DEFAULT-VALUE}).")
    String provider;

    @Option(names = "--directory", paramLabel = "DIR", description = "Where to write the project (default: ./<id>); must not exist.")
    Path directory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> files;
        try {
            files = PluginScaffold.render(kind, id, packageName != null ? packageName : "com.example.cambrian." + PluginScaffold.packageSegment(id),
                    groupId, name != null ? name : id, provider);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path target = directory != null ? directory : Path.of(id);
        if (Files.exists(target)) {
            throw new OutputException(target + ": already exists; new-plugin writes a new folder (choose another with --directory)");
        }
        try {
            PluginScaffold.write(target, files);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write the project (" + e.getMessage() + ")", e);
        }
        var out = spec.commandLine().getOut();
        out.println("Wrote " + kind.name().toLowerCase(java.util.Locale.ROOT) + " plugin '" + id + "' in " + target + ":");
        files.keySet().forEach(f -> out.println("  " + f));
        out.println("Next: cd " + target + " && mvn -B verify   (compiles, runs the TCK, then the packaging test)");
        out.println("      cp target/" + id + "-0.1.0.jar <cambrian>/plugins/   and it is in 'cambrian rank'");
        out.flush();
        return ExitCodes.OK;
    }
}
