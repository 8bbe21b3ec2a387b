package dev.cambrian.cli;

import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.host.AtomicFile;
import dev.cambrian.host.PluginHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Where and what a command will write, checked before it runs (before any plugin loads): a destination it cannot
 * write, two outputs in one file, or an output that is a file the command reads is refused, so a refused command writes
 * nothing and no output replaces its own input ({@link TableOption} checks --table).
 */
final class Destinations {
    /** Options naming a file the command writes. */
    private static final Set<String> FILES = Set.of("--output", "--chart");
    /** Options naming a folder the command writes files into. */
    private static final Set<String> FOLDERS = Set.of("--slides");
    /** Options naming files the command reads (--scenario when it names a file, not a built-in); positional Paths too. */
    private static final Set<String> READ = Set.of("--scenario", "--runs", "--merge");

    private Destinations() {
    }

    /** A path as the user gave it, with the option that gave it. */
    private record Named(String option, Path path) {
        @Override
        public String toString() {
            return option + " " + path;
        }
    }

    /** Checks the parsed command's destinations; throws, naming the options, for the first that cannot be. */
    static void check(ParseResult command) {
        List<Named> written = new ArrayList<>();
        List<Named> read = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (OptionSpec o : command.matchedOptions()) {
            String name = o.longestName();
            for (Path p : paths(o)) {
                if ((FILES.contains(name) || FOLDERS.contains(name) || READ.contains(name)) && p.toString().isBlank()) {
                    // '' was the current folder: --slides '' wrote fifteen slides there, -o '' said "it is a folder"
                    throw new InputException(name + ": empty; give a " + (FOLDERS.contains(name) ? "folder" : "file"));
                }
                if (FILES.contains(name) && !p.toString().equals(Output.STDOUT)) {
                    written.add(new Named(name, p));
                } else if (FOLDERS.contains(name)) {
                    folder(new Named(name, p));
                    folders.add(p.toAbsolutePath().normalize());
                } else if (READ.contains(name) && BuiltInScenarios.named(p.toString()).isEmpty()) {
                    read.add(new Named(name, p)); // a built-in scenario's name is read from no file
                }
            }
        }
        command.matchedPositionals().stream().filter(p -> p.type() == Path.class || p.auxiliaryTypes()[0] == Path.class)
                .forEach(p -> paths(p).forEach(path -> read.add(new Named("input", path))));
        Path plugins = command.commandSpec().mixins().values().stream().map(m -> m.userObject())
                .filter(CommonOptions.class::isInstance).map(m -> ((CommonOptions) m).pluginsDir()).findFirst().orElse(null);
        for (int i = 0; i < written.size(); i++) {
            Named out = written.get(i);
            try {
                Path parent = out.path().toAbsolutePath().normalize().getParent();
                if (parent != null && !Files.exists(parent) && folders.stream().anyMatch(parent::startsWith)) {
                    folder(new Named(out.option(), parent)); // made with the slides before the page is written
                } else {
                    AtomicFile.checkWritable(out.path());
                }
            } catch (IOException e) {
                throw new OutputException(out + ": cannot write: " + e.getMessage(), e);
            }
            for (Path folder : folders) {
                if (out.path().toAbsolutePath().normalize().equals(folder)) {
                    throw new InputException(out + " is the --slides folder: the page and the slides need their own places;"
                            + " give -o a file");
                }
            }
            for (Named other : written.subList(0, i)) {
                if (same(out.path(), other.path())) {
                    throw new InputException(other + " and " + out + " are the same file: one output would replace the"
                            + " other; give each its own file");
                }
            }
            for (Named in : read) {
                if (same(out.path(), in.path())) {
                    throw new InputException(out + " and " + in + " are the same file: the output would replace what the"
                            + " command reads; write it elsewhere");
                }
            }
            if (plugins != null && PluginHost.reads(plugins, place(out.path()))) {
                throw new InputException(out + " is a file the plugins in " + plugins + " load (a plugin jar, a jar one names"
                        + " on its Class-Path, or the lock): the output would replace what the command loads; write it elsewhere");
            }
        }
    }

    /** The argument's values as paths: one, or each of a list. */
    private static List<Path> paths(ArgSpec arg) {
        List<Path> out = new ArrayList<>();
        for (Object v : arg.typedValues()) {
            for (Object each : v instanceof Collection<?> c ? c : List.of(v)) {
                out.add(each instanceof Path p ? p : Path.of(each.toString()));
            }
        }
        return out;
    }

    /** A folder to write files into: one that exists and can be written in, or one that can be made. */
    private static void folder(Named dir) {
        Path existing = dir.path().toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent(); // createDirectories makes the rest under the nearest that exists
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new OutputException(dir + ": cannot create the folder: " + existing + " is a file");
        }
        if (!Files.isWritable(existing)) {
            throw new OutputException(dir + ": cannot write in " + existing + " (permission denied)");
        }
    }

    /**
     * Whether two paths name one file: for files that exist, by identity (a symlink or hard link to it is the same
     * file); for a file not written yet, by its folder's real path and its name. Devices and FIFOs are written through
     * and never replaced, so they clash with nothing.
     */
    static boolean same(Path a, Path b) {
        boolean aIs = Files.exists(a);
        boolean bIs = Files.exists(b);
        if (aIs || bIs) {
            try {
                return aIs && bIs && Files.isRegularFile(a) && Files.isRegularFile(b) && Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }
        return place(a).equals(place(b));
    }

    /** A file's place: its folder's real path and its name (a file not yet written has no real path of its own). */
    static Path place(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
