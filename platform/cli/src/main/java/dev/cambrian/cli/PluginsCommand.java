package dev.cambrian.cli;

import dev.cambrian.cli.output.Report;
import dev.cambrian.cli.output.Table;
import dev.cambrian.engine.InputException;
import dev.cambrian.host.LoadedPlugin;
import dev.cambrian.host.PluginLock;
import dev.cambrian.host.PluginProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the plugins in the plugins folder: what loaded, with its backends, and what failed, with why.")
class PluginsCommand implements Callable<Integer> {
    static final String SCHEMA = "cambrian.plugins/v1";

    @Mixin
    CommonOptions common;

    @Option(names = "--lock", description = "First write plugins.lock in the plugins folder: the SHA-256 of every plugin"
            + " jar there, which --verify-plugins checks against. Lock only plugins you trust.")
    boolean lock;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        common.timeout(); // every option is checked before the lock is written
        PluginLock written = lock ? writeLock(common.pluginsDir()) : null;
        try (Context ctx = new Context(common, spec.commandLine().getErr())) {
            List<List<String>> loaded = new ArrayList<>();
            List<Object> json = new ArrayList<>();
            for (LoadedPlugin p : ctx.plugins.plugins()) {
                loaded.add(List.of(p.id(), p.version(), p.provider() == null ? "" : p.provider(),
                        p.file().getFileName().toString(), String.join(", ", p.backendIds())));
                Map<String, Object> m = Json.object();
                m.put("id", p.id());
                m.put("version", p.version());
                m.put("provider", p.provider());
                m.put("file", p.file().getFileName().toString());
                m.put("backends", p.backendIds());
                json.add(m);
            }
            List<List<String>> failed = new ArrayList<>();
            List<Object> problems = new ArrayList<>();
            for (PluginProblem p : ctx.plugins.problems()) {
                failed.add(List.of(p.plugin(), p.file(), p.message()));
                Map<String, Object> m = Json.object();
                m.put("plugin", p.plugin());
                m.put("file", p.file());
                m.put("problem", p.message());
                problems.add(m);
            }
            List<Table> tables = new ArrayList<>();
            tables.add(new Table("Plugins loaded from " + common.pluginsDir(), List.of("plugin", "version", "provider", "file",
                    "backends"), loaded));
            if (!failed.isEmpty()) {
                tables.add(new Table("Plugins that failed", List.of("plugin", "file", "problem"), failed));
            }
            Map<String, Object> root = Json.object();
            root.put("schema", SCHEMA);
            root.put("folder", common.pluginsDir().toString());
            root.put("plugins", json);
            root.put("problems", problems);
            List<String> notes = new ArrayList<>();
            if (written != null || ctx.locked) {
                Path file = PluginLock.fileIn(common.pluginsDir());
                Map<String, Object> m = Json.object();
                m.put("file", file.toString());
                m.put("written", written != null);
                m.put("verified", ctx.locked);
                root.put("lock", m);
                if (written != null) {
                    notes.add("Wrote " + file + ": the SHA-256 of " + written.entries().size() + " plugin jar"
                            + (written.entries().size() == 1 ? "" : "s") + "; while it is there, only these load, unchanged.");
                }
                if (ctx.locked) {
                    // said whether or not a jar was refused: the refused ones are in the failed table, named by file
                    notes.add("Loaded under " + file + ": only the jars it lists, with the SHA-256 it lists, load"
                            + (failed.isEmpty() ? "." : "; the others are under \"Plugins that failed\"."));
                }
            }
            Output.emit(new Report(tables, notes, root), common, spec.commandLine().getOut());
            return ctx.exitCode(ctx.plugins.plugins().isEmpty() && !failed.isEmpty() ? ExitCodes.PLUGINS_FAILED : ExitCodes.OK);
        }
    }

    private static PluginLock writeLock(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException("plugins --lock: the plugins folder " + dir + " does not exist; point --plugins at the folder to lock");
        }
        try {
            return PluginLock.write(dir);
        } catch (IOException e) {
            throw new InputException("plugins --lock: " + e.getMessage(), e);
        }
    }
}
