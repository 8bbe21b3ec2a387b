package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of every command that loads the plugins: where they are and how strictly they are held. */
public final class CommonOptions extends OutputOptions {
    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Plugins folder (default: the distribution's plugins/, or $CAMBRIAN_PLUGINS).")
    public Path plugins;

    @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "10000",
            description = "Longest a plugin call may take before it is reported as hung (default: ${DEFAULT-VALUE} ms).")
    public long timeoutMs;

    @Option(names = "--verify-plugins",
            description = "Insist on a plugins.lock in the plugins folder (one that is there is always in force: only the"
                    + " jars it lists load, unchanged, with what their Class-Path loads). Write it with 'cambrian plugins --lock'.")
    public boolean verifyPlugins;

    @Option(names = "--strict", description = "Exit with code 3 when any plugin failed, even if the others gave a result"
            + " (for CI).")
    public boolean strict;

    /** Resolves the plugins folder: flag, then environment, then the launcher's property, then ./plugins. */
    public Path pluginsDir() {
        if (plugins != null) {
            // '' was the current folder, loading whatever jars were there; a file failed reading "FILE/plugins.lock"
            if (plugins.toString().isBlank()) {
                throw new InputException("--plugins: empty; give the plugins folder");
            }
            return folder(plugins, "--plugins " + plugins);
        }
        String env = System.getenv("CAMBRIAN_PLUGINS");
        if (env != null && !env.isBlank()) {
            return folder(Path.of(env), "CAMBRIAN_PLUGINS=" + env);
        }
        String property = System.getProperty("cambrian.plugins");
        return Path.of(property != null ? property : "plugins");
    }

    private static Path folder(Path p, String given) {
        if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
            throw new InputException(given + ": not a folder; give the folder the plugin jars are in");
        }
        return p;
    }

    /** The plugin-call time limit, checked before a command does anything (such as writing a lock). */
    public Duration timeout() {
        if (timeoutMs <= 0) {
            throw new InputException("--timeout-ms: must be positive, got " + timeoutMs);
        }
        return Duration.ofMillis(timeoutMs);
    }
}
