package dev.cambrian.host;

import dev.cambrian.api.ApiVersion;
import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ParameterSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads a plugins folder strictly (docs/architecture.md §5). Each jar is loaded on its own and accounted for: it
 * either contributes backends or is reported as a {@link PluginProblem}; one bad plugin never stops
 * the others. Duplicate backend ids are rejected: the first wins, the bundled plugins
 * ({@link BundledPlugins}) loading before the others, then in file-name order. With a
 * {@link PluginLock}, a jar it does not list with the same SHA-256 is refused before PF4J opens it.
 */
public final class PluginHost {
    /** The lock file's name: never loaded as a plugin. */
    public static final String LOCK_FILE = PluginLock.FILE_NAME;

    private PluginHost() {
    }

    /** Whether loading {@code pluginsDir} reads {@code file}: one of its jars, or its lock (a file written there would replace it). */
    public static boolean reads(Path pluginsDir, Path file) {
        Path name = file.getFileName();
        return name != null && (PluginArchive.isJarName(name.toString()) || name.toString().equals(LOCK_FILE))
                && Files.isDirectory(pluginsDir) && sameFolder(pluginsDir, file.toAbsolutePath().getParent())
                || readsThroughClassPath(pluginsDir, file);
    }

    /**
     * Whether a plugin jar's Class-Path reaches the file (lib/dep.jar, ../outside.jar): -o onto one replaced a jar the
     * next run then refused as unreadable. A jar whose manifest cannot be read reaches nothing here; loading says why.
     */
    private static boolean readsThroughClassPath(Path pluginsDir, Path file) {
        if (!Files.isDirectory(pluginsDir) || !Files.exists(file)) {
            return false; // a file not yet written is no plugin's dependency
        }
        try (java.util.stream.Stream<Path> jars = Files.list(pluginsDir)) {
            for (Path jar : jars.filter(j -> PluginArchive.isJarName(j.getFileName().toString())).sorted().toList()) {
                try {
                    for (Path dependency : ClassPathJars.of(jar)) {
                        if (Files.isSameFile(dependency, file)) {
                            return true;
                        }
                    }
                } catch (ClassPathJars.Uncoverable | IOException unreadable) {
                    // not this jar's dependency as far as can be told
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return b != null && Files.isDirectory(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    public static LoadReport load(Path pluginsDir, Guard guard) {
        return load(pluginsDir, guard, null);
    }

    /** Loads the folder; with a lock ({@code null}: none), only the jars it lists, unchanged. */
    public static LoadReport load(Path pluginsDir, Guard guard, PluginLock lock) {
        List<PluginProblem> problems = new ArrayList<>();
        List<LoadedPlugin> plugins = new ArrayList<>();
        List<LoadedBackend> backends = new ArrayList<>();
        if (!Files.isDirectory(pluginsDir)) {
            problems.add(new PluginProblem("-", pluginsDir.toString(), "plugins folder does not exist"));
            return new LoadReport(plugins, backends, problems);
        }
        StrictPluginManager manager = new StrictPluginManager(pluginsDir, ApiVersion.current());
        Map<String, String> ownerOfBackend = new HashMap<>();
        for (Entry entry : bundledFirst(listing(pluginsDir, problems), lock)) {
            Path file = entry.file();
            String name = file.getFileName().toString();
            if (!PluginArchive.isJarName(name)) {
                if (isExplodedPlugin(file) || name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    // PF4J's default repositories would load these; this host does not, so say so (any other folder, the
                    // lib/ of the jars plugins name in their Class-Path say, is no plugin and no problem)
                    problems.add(new PluginProblem(name, name, "not a plugin: only .jar plugin files are loaded"));
                }
                continue; // a README, PF4J's enabled.txt / disabled.txt, the lock: not plugins
            }
            Optional<String> refusal = entry.refusal();
            if (refusal.isPresent()) {
                // named by file: an unverified jar's descriptor is not read, let alone trusted
                problems.add(new PluginProblem(name, name, refusal.get()));
                continue;
            }
            Optional<String> defect = PluginArchive.defect(file);
            if (defect.isPresent()) {
                problems.add(new PluginProblem(PluginArchive.pluginId(file), name, defect.get()));
                continue;
            }
            loadOne(manager, file, guard, ownerOfBackend, plugins, backends, problems);
        }
        if (lock != null) {
            problems.addAll(lock.missingFiles(pluginsDir));
        }
        return new LoadReport(plugins, backends, problems);
    }

    /** A folder PF4J would load as an unpacked plugin: it has a plugin.properties or a manifest. */
    private static boolean isExplodedPlugin(Path file) {
        return Files.isDirectory(file) && (Files.exists(file.resolve("plugin.properties"))
                || Files.exists(file.resolve("META-INF").resolve("MANIFEST.MF")));
    }

    private static void loadOne(StrictPluginManager manager, Path file, Guard guard, Map<String, String> ownerOfBackend,
                                List<LoadedPlugin> plugins, List<LoadedBackend> backends, List<PluginProblem> problems) {
        String name = file.getFileName().toString();
        String pluginId = PluginArchive.pluginId(file);
        PluginWrapper earlier = manager.getPlugin(pluginId);
        if (earlier != null) {
            String earlierName = earlier.getPluginPath().getFileName().toString();
            // a jar that claims a bundled plugin's id but is not the shipped file: said so, as a fork keeping the id is
            problems.add(new PluginProblem(pluginId, name, BundledPlugins.shippedAs(earlierName).equals(Optional.of(pluginId))
                    ? "plugin id '" + pluginId + "' belongs to the bundled " + earlierName + "; this jar is not the one the"
                            + " distribution ships and is rejected (a fork needs its own Plugin-Id)"
                    : "plugin id '" + pluginId + "' is already used by " + earlierName + "; this one is rejected"));
            return;
        }
        try {
            pluginId = manager.loadPlugin(file);
            PluginWrapper wrapper = manager.getPlugin(pluginId);
            if (wrapper.getPluginState() == PluginState.DISABLED) { // only Plugin-Requires disables (StrictPluginManager)
                problems.add(new PluginProblem(pluginId, name, "requires API '" + wrapper.getDescriptor().getRequires()
                        + "' but this host provides " + manager.getSystemVersion()));
                manager.unloadPlugin(pluginId);
                return;
            }
            String id = pluginId;
            PluginState state = guard.call(pluginId, null, "starting the plugin", () -> manager.startPlugin(id));
            if (state != PluginState.STARTED) {
                Throwable why = wrapper.getFailedException();
                problems.add(new PluginProblem(pluginId, name, "did not start ("
                        + (why == null ? state.toString() : Guard.describe(why)) + ")"));
                manager.unloadPlugin(pluginId);
                return;
            }
            List<String> ids = new ArrayList<>();
            List<Class<? extends HardwareBackend>> classes = new ArrayList<>(manager.getExtensionClasses(HardwareBackend.class, pluginId));
            classes.sort(java.util.Comparator.comparing(Class::getName));
            boolean indexFaults = reportUnusableIndexEntries(pluginId, file, wrapper.getPluginClassLoader(), classes, problems);
            if (classes.isEmpty() && !indexFaults) {
                problems.add(new PluginProblem(pluginId, name, "contributes no HardwareBackend extension"
                        + " (is the class annotated @Extension and the extension index built?)"));
            }
            for (Class<? extends HardwareBackend> type : classes) {
                loadBackend(pluginId, wrapper.getDescriptor().getVersion(), file, type, guard, ownerOfBackend, backends, problems)
                        .ifPresent(ids::add);
            }
            // a plugin left with no backend (none found, each failed or each a duplicate) is reported as failed only,
            // by the problems above; it stays loaded so its id stays taken, as a bundled plugin's must
            if (!ids.isEmpty()) {
                plugins.add(new LoadedPlugin(pluginId, wrapper.getDescriptor().getVersion(),
                        wrapper.getDescriptor().getProvider(), file, ids));
            }
        } catch (PluginFailure f) {
            problems.add(new PluginProblem(pluginId, name, f.describe()));
            unloadIfFrom(manager, pluginId, file);
        } catch (RuntimeException | LinkageError e) {
            problems.add(new PluginProblem(pluginId, name, "could not be loaded: " + Guard.describe(e)));
            unloadIfFrom(manager, pluginId, file);
        }
    }

    /** Unloads the plugin with this id only if it came from this file: never another that loaded earlier. */
    private static void unloadIfFrom(StrictPluginManager manager, String pluginId, Path file) {
        try {
            PluginWrapper loaded = manager.getPlugin(pluginId);
            if (loaded != null && loaded.getPluginPath().equals(file)) {
                manager.unloadPlugin(pluginId);
            }
        } catch (RuntimeException ignored) {
            // already reported; unloading is best effort
        }
    }

    /**
     * PF4J drops a class listed in the extension index that it cannot load (missing, or a class it
     * needs is missing) with only a log line; report each one, and a listed class that is no backend.
     * Returns whether anything was reported.
     */
    private static boolean reportUnusableIndexEntries(String pluginId, Path file, ClassLoader loader,
                                                      List<Class<? extends HardwareBackend>> loaded,
                                                      List<PluginProblem> problems) {
        String name = file.getFileName().toString();
        boolean reported = false;
        for (String listed : PluginArchive.extensionIndex(file)) {
            if (loaded.stream().anyMatch(c -> c.getName().equals(listed))) {
                continue;
            }
            String why;
            try {
                Class<?> type = Class.forName(listed, false, loader);
                if (HardwareBackend.class.isAssignableFrom(type)) {
                    continue;
                }
                why = "extension index lists " + listed + ", which is not a HardwareBackend";
            } catch (ClassNotFoundException e) {
                why = "extension index lists " + listed + ", which is not in the jar";
            } catch (LinkageError e) {
                why = "cannot load " + listed + ": " + Guard.describe(e);
            }
            problems.add(new PluginProblem(pluginId, name, why));
            reported = true;
        }
        return reported;
    }

    private static Optional<String> loadBackend(String pluginId, String version, Path file, Class<? extends HardwareBackend> type,
                                                Guard guard, Map<String, String> ownerOfBackend,
                                                List<LoadedBackend> backends, List<PluginProblem> problems) {
        String name = file.getFileName().toString();
        try {
            HardwareBackend backend = guard.call(pluginId, type.getSimpleName(), "creating " + type.getName(),
                    () -> type.getDeclaredConstructor().newInstance());
            BackendInfo info = guard.call(pluginId, type.getSimpleName(), "info()", backend::info);
            ParameterSpace parameters = guard.call(pluginId, info.id(), "parameters()", backend::parameters);
            String owner = ownerOfBackend.putIfAbsent(info.id(), pluginId);
            if (owner != null) {
                problems.add(new PluginProblem(pluginId, name, "backend id '" + info.id()
                        + "' is already provided by plugin " + owner + "; this one is rejected"));
                return Optional.empty();
            }
            backends.add(new LoadedBackend(pluginId, version, file, backend, info, parameters));
            return Optional.of(info.id());
        } catch (PluginFailure f) {
            problems.add(new PluginProblem(pluginId, name, f.describe()));
            return Optional.empty();
        }
    }

    /** A folder entry with what the lock says of it, worked out once. */
    private record Entry(Path file, Optional<String> refusal) {
    }

    /**
     * The bundled plugins' jars first, then the others, each in name order: the ids the bundled ones
     * provide are theirs, whatever a third-party jar is called or claims. A jar is bundled when its file
     * name is exactly the one a shipped plugin has ({@link BundledPlugins#shippedAs}: the host's version in it, so a
     * fork's {@code -0.9.0.jar} is not) and its Plugin-Id agrees. Under a lock, a jar the lock refuses is not
     * opened to read its id (it sorts with the others and is refused there). Each jar is hashed once.
     */
    private static List<Entry> bundledFirst(List<Path> files, PluginLock lock) {
        List<Entry> bundled = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean jar = PluginArchive.isJarName(name) && !Files.isDirectory(file);
            Optional<String> refusal = jar && lock != null ? lock.refusal(file) : Optional.empty();
            Optional<String> shipped = jar && refusal.isEmpty() ? BundledPlugins.shippedAs(name) : Optional.empty();
            boolean isBundled = shipped.isPresent() && shipped.get().equals(PluginArchive.pluginId(file));
            (isBundled ? bundled : others).add(new Entry(file, refusal));
        }
        bundled.addAll(others);
        return bundled;
    }

    private static List<Path> listing(Path dir, List<PluginProblem> problems) {
        try {
            return entries(dir);
        } catch (IOException e) {
            problems.add(new PluginProblem("-", dir.toString(), "cannot list plugins folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** The folder's entries, sorted by name, without hidden files (temporary files among them). */
    static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
