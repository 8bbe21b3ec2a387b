package dev.cambrian.benchmarks;

import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadReport;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginHost;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every benchmark computes with, set up as {@code cambrian rank} sets it up: the plugins folder
 * loaded through {@link PluginHost} (each plugin in its own PF4J class loader), the {@code default}
 * scenario, the default workload (Grok 5) and the scenario baseline's reference run, which relative
 * backends apply their factors to.
 */
final class Fixture implements AutoCloseable {
    /** System property naming the plugins folder (the launcher sets the same one). */
    static final String PLUGINS_PROPERTY = "cambrian.plugins";
    /** What the benchmarks load: the GPU baseline (ten NVIDIA backends) and the five relative technologies. */
    static final int EXPECTED_PLUGINS = 6;
    static final int EXPECTED_BACKENDS = 15;

    final Guard guard;
    final LoadReport plugins;
    final Scenario scenario;
    final Workload workload;
    final ReferenceRun reference;

    private Fixture(Path pluginsDir) {
        guard = new Guard(Guard.DEFAULT_TIMEOUT);
        plugins = PluginHost.load(pluginsDir, guard);
        if (!plugins.problems().isEmpty() || plugins.plugins().size() != EXPECTED_PLUGINS
                || plugins.backends().size() != EXPECTED_BACKENDS) {
            guard.close();
            throw new IllegalStateException("expected " + EXPECTED_PLUGINS + " plugins with " + EXPECTED_BACKENDS
                    + " backends from " + pluginsDir + ", got " + plugins.plugins().size() + " plugins, "
                    + plugins.backends().size() + " backends, problems " + plugins.problems()
                    + " (the benchmarks expect the repository's six plugins: ./mvnw -B -DskipTests package copies them"
                    + " to platform/benchmarks/target/plugins)");
        }
        scenario = BuiltInScenarios.named(BuiltInScenarios.DEFAULT).orElseThrow();
        workload = WorkloadResolver.resolve(WorkloadCatalog.preset(WorkloadCatalog.DEFAULT_ID).orElseThrow());
        reference = new Evaluation(guard, scenario, workload, plugins.backends()).reference()
                .orElseThrow(() -> new IllegalStateException("baseline " + scenario.baseline() + " gave no reference run"));
    }

    static Fixture load() {
        return new Fixture(pluginsDir());
    }

    /**
     * The folder named by {@value #PLUGINS_PROPERTY}, or else {@code plugins/} beside the benchmarks
     * jar (or beside {@code target/classes}): both are {@code platform/benchmarks/target/plugins}.
     */
    static Path pluginsDir() {
        String named = System.getProperty(PLUGINS_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        try {
            Path code = Path.of(Fixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = code.getParent().resolve("plugins");
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("no plugins folder at " + dir + ": build it"
                        + " (./mvnw -B -DskipTests package) or pass -D" + PLUGINS_PROPERTY + "=DIR");
            }
            return dir;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the benchmarks' code source", e);
        }
    }

    LoadedBackend backend(String id) {
        return plugins.backend(id).orElseThrow(() -> new IllegalArgumentException("no backend '" + id + "' is loaded"));
    }

    /** The backend's parameters under the scenario, as the host resolves them. */
    ResolvedParameters parameters(LoadedBackend b) {
        return ParameterResolver.resolve(b.id(), b.parameters(), scenario);
    }

    /** The nominal point the host evaluates first: the reference goes to every backend, as in Estimator.estimate. */
    ModelInput nominalInput(LoadedBackend b) {
        return new ModelInput(workload, parameters(b).nominal(), scenario.economics(), reference);
    }

    @Override
    public void close() {
        guard.close();
    }
}
