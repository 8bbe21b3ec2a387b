package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Format;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.Suggestions;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadRequest;
import dev.cambrian.engine.workload.WorkloadResolver;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.Guard;
import dev.cambrian.host.LoadReport;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginHost;
import dev.cambrian.host.PluginLock;
import dev.cambrian.host.PluginProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a command computes with: the loaded plugins, the scenario and the workload. */
final class Context implements AutoCloseable {
    final CommonOptions common;
    final Guard guard;
    final LoadReport plugins;
    /** Whether a plugins.lock decided what loaded. */
    final boolean locked;
    private final PrintWriter err;
    /** Guarded calls that failed while loading: warned as plugin problems, not again as failures. */
    private final int loadFailures;

    Context(CommonOptions common, PrintWriter err) {
        this.common = common;
        this.err = err;
        Duration timeout = common.timeout();
        // a lock in the folder is in force whether or not --verify-plugins asks for it: that flag only insists on one
        PluginLock lock = common.verifyPlugins ? lock(common) : PluginLock.read(common.pluginsDir()).orElse(null);
        this.locked = lock != null;
        this.guard = new Guard(timeout);
        if (common.debug) {
            guard.traceFailuresTo(err);
        }
        this.plugins = PluginHost.load(common.pluginsDir(), guard, lock);
        this.loadFailures = guard.failures().size(); // already in the problems just printed
        for (PluginProblem p : plugins.problems()) {
            err.println("warning: " + p);
        }
        err.flush();
    }

    /** The lock --verify-plugins checks against; without one nothing could be verified, so that is bad usage. */
    private static PluginLock lock(CommonOptions common) {
        Path dir = common.pluginsDir();
        return PluginLock.read(dir).orElseThrow(() -> new InputException("--verify-plugins: no lock file "
                + PluginLock.fileIn(dir) + "; create it from the plugins you trust with 'cambrian plugins --lock"
                + (common.plugins != null ? " --plugins " + dir : "") + "'"));
    }

    /** Backends by id, or all when the list is empty or says "all"; an unknown id is blamed on -b/--backend. */
    List<LoadedBackend> select(List<String> ids) {
        return select(ids, "-b/--backend");
    }

    /** The same, naming where the ids came from (a flag or an argument) when one is not loaded. */
    List<LoadedBackend> select(List<String> ids, String where) {
        if (plugins.backends().isEmpty()) {
            throw new NoUsableBackendException("no backend loaded from " + common.pluginsDir()
                    + (plugins.problems().isEmpty() ? " (the folder has no plugins)" : " (every plugin failed; see warnings)"));
        }
        if (ids == null || ids.isEmpty() || ids.contains("all")) {
            return plugins.backends();
        }
        List<LoadedBackend> out = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(ids)) { // a backend named twice is ranked once
            out.add(plugins.backend(id).orElseThrow(() -> notLoaded(where, id, " (or 'all')")));
        }
        return out;
    }

    /** The loaded backend {@code id}; one not loaded is blamed on {@code where} it was named, as {@link #select} does. */
    LoadedBackend backend(String id, String where) {
        return plugins.backend(id).orElseThrow(() -> notLoaded(where, id, ""));
    }

    /**
     * An id asked for that no loaded plugin has: bad input (exit 2) when every plugin loaded; when some failed, the
     * backend may be in one of them (a plugin that timed out, a jar the lock refused), so the run is reported as
     * plugins failing (exit 3) rather than the user's mistake.
     */
    private RuntimeException notLoaded(String where, String id, String orElse) {
        // "photonic+analog-topology" is a compound, which compose, rank --compose, explain and audit take
        String compound = id.contains("+") ? " (a compound A+B is composed by 'cambrian compose " + id + "', rank --compose, or explain -b with the compound alone)" : "";
        String message = where + ": no backend '" + id + "' is loaded" + compound + didYouMean(id) + "; loaded: " + loadedIds() + orElse;
        int failed = (int) plugins.problems().stream().map(PluginProblem::file).distinct().count(); // a plugin may report several
        return failed == 0 ? new InputException(message) : new NoUsableBackendException(message + "; " + failed + " plugin"
                + (failed == 1 ? "" : "s") + " failed to load (the warnings above), and it may be in " + (failed == 1 ? "it" : "one of them"));
    }

    /** "; did you mean 'gpu-h100'?" for a backend id that is not loaded, or "". */
    String didYouMean(String id) {
        return Suggestions.didYouMean(id, plugins.backends().stream().map(LoadedBackend::id).toList());
    }

    String loadedIds() {
        return plugins.backends().stream().map(LoadedBackend::id).collect(Collectors.joining(", "));
    }

    static Workload workload(WorkloadOptions o, Scenario scenario, String filePreset) {
        return workload(o, scenario, filePreset, WorkloadCatalog.DEFAULT_ID);
    }

    /** The same, with the preset a command uses when neither the flags nor the scenario name one. */
    static Workload workload(WorkloadOptions o, Scenario scenario, String filePreset, String defaultPreset) {
        // a file that names its workload describes one of its own (its preset, or custom when it names none): with a
        // name and no preset it was laid over the command's default preset, grok-5 in estimate and dense-1t in scale
        boolean fileNamesItsOwn = scenario.workload().isPresent()
                && (filePreset != null || scenario.workload().get().name() != null);
        String id = o.workload != null ? o.workload : filePreset != null ? filePreset
                : fileNamesItsOwn ? WorkloadCatalog.CUSTOM_ID : defaultPreset;
        // -w naming the file's own preset restates it (-w custom over a file's preset: custom kept none of the file's sizes)
        boolean dashWReplacesFile = o.workload != null && fileNamesItsOwn && !o.workload.equals(filePreset);
        boolean fileUsed = scenario.workload().isPresent() && !dashWReplacesFile;
        String fileOrigin = scenario.workloadOrigin().orElse("the scenario file");
        WorkloadRequest request;
        if (id.equals(WorkloadCatalog.CUSTOM_ID)) {
            request = WorkloadRequest.empty(WorkloadCatalog.CUSTOM_ID);
        } else {
            String flag = o.workload != null ? "-w/--workload" : "workload.preset";
            request = WorkloadCatalog.preset(id).orElseThrow(() -> new InputException(flag + ": unknown workload '" + id
                    + "'" + Suggestions.didYouMean(id, WorkloadCatalog.ids()) + "; accepted: " + String.join(", ", WorkloadCatalog.ids()) + ", custom"));
        }
        // -w replaces a workload the file names (its preset or name): laid over another preset, the file's Llama 405B took
        // GPT-4's active parameters and experts under its own name
        if (dashWReplacesFile) {
            request = request.overriddenBy(new WorkloadRequest(null, null, null, null, null, null, null, null, null,
                    (request.source() != null ? request.source() : "command-line flags") + "; -w " + o.workload
                            + " replaces the workload of " + fileOrigin));
        } else if (scenario.workload().isPresent()) {
            WorkloadRequest file = scenario.workload().get();
            request = request.overriddenBy(file);
            boolean resized = !new WorkloadRequest(null, null, file.totalParameters(), file.activeParameters(), file.tokens(),
                    file.trainingFlop(), file.experts(), file.architecture(), file.mix(), null).isEmpty();
            if (resized && file.name() == null && !id.equals(WorkloadCatalog.CUSTOM_ID)) {
                // a preset the file resized kept the preset's name ("GPT-3 175B" for 1e9 parameters), as flags do not
                request = request.overriddenBy(new WorkloadRequest(null, request.name() + " (modified by the scenario file)", null,
                        null, null, null, null, null, null, request.source() + "; modified by "
                        + fileOrigin));
            }
        }
        positive("--parameters", o.parameters);
        positive("--active-parameters", o.activeParameters);
        positive("--tokens", o.tokens);
        positive("--flop", o.flop);
        if (o.experts != null && o.experts < 1) {
            throw new InputException("--experts: must be at least 1, got " + o.experts);
        }
        WorkloadRequest flags = new WorkloadRequest(null, null, o.parameters, o.activeParameters, o.tokens, o.flop,
                o.experts, null, null, null);
        if (!flags.isEmpty()) {
            request = request.overriddenBy(flags);
            if (!id.equals(WorkloadCatalog.CUSTOM_ID)) {
                request = request.overriddenBy(new WorkloadRequest(null, request.name() + " (modified by flags)", null, null,
                        null, null, null, null, null, request.source() + "; modified by command-line flags"));
            }
        }
        if (id.equals(WorkloadCatalog.CUSTOM_ID) && request.name() == null) {
            // the file's custom workload came from the file, not from flags
            String from = !fileUsed ? "command-line flags" : flags.isEmpty() ? fileOrigin : fileOrigin + " and command-line flags";
            request = request.overriddenBy(new WorkloadRequest(null, "custom workload", null, null, null, null, null, null,
                    null, request.source() != null ? request.source() : from));
        }
        try {
            return WorkloadResolver.resolve(request);
        } catch (IllegalArgumentException e) {
            // the file's workload section, when no size flag had a say: a preset alone (-w or the file's) always resolves
            if (flags.isEmpty() && fileUsed && scenario.workloadOrigin().isPresent()) {
                throw new InputException(scenario.workloadOrigin().get() + ": workload: "
                        + e.getMessage().replace("--parameters", "parameters"));
            }
            throw new InputException((flags.isEmpty() ? "-w " + id : givenFlags(o)) + ": " + e.getMessage());
        }
    }

    /** The workload flags given, their values at three significant figures: where a workload they make up is wrong. */
    private static String givenFlags(WorkloadOptions o) {
        List<String> given = new ArrayList<>();
        if (o.workload != null) {
            given.add("-w " + o.workload);
        }
        addIf(given, "--parameters", o.parameters);
        addIf(given, "--active-parameters", o.activeParameters);
        addIf(given, "--tokens", o.tokens);
        addIf(given, "--flop", o.flop);
        if (o.experts != null) {
            given.add("--experts " + o.experts);
        }
        return String.join(" ", given);
    }

    private static void addIf(List<String> given, String flag, Double v) {
        if (v != null) {
            given.add(flag + " " + dev.cambrian.cli.output.Quantities.number(v));
        }
    }

    private static void positive(String flag, Double v) {
        if (v != null && (!Double.isFinite(v) || v <= 0)) {
            throw new InputException(flag + ": must be a positive finite number, got " + dev.cambrian.cli.output.Quantities.given(v));
        }
    }

    /**
     * Checks the scenario against the loaded backends before any model runs: it names only loaded
     * backends (parameters, profiles, baseline), and every value it sets is one the parameter can take.
     */
    void checkScenario(Scenario scenario) {
        for (String backend : scenario.parameters().keySet()) {
            if (!backend.equals(Scenario.ALL_BACKENDS) && plugins.backend(backend).isEmpty()) {
                String param = scenario.parameters().get(backend).keySet().iterator().next();
                throw new InputException(scenario.originOf(backend, param) + ": no backend '" + backend
                        + "' is loaded" + didYouMean(backend) + "; loaded: " + loadedIds());
            }
        }
        for (String backend : scenario.profiles().keySet()) {
            if (!backend.equals(Scenario.ALL_BACKENDS) && plugins.backend(backend).isEmpty()) {
                throw new InputException(scenario.originOfProfile(backend) + ": profiles: no backend '" + backend
                        + "' is loaded" + didYouMean(backend) + "; loaded: " + loadedIds());
            }
        }
        // '*' applies a profile to the backends that declare it; one that none declares was a typo that changed nothing
        java.util.Optional.ofNullable(scenario.profiles().get(Scenario.ALL_BACKENDS))
                .filter(p -> scenario.origins().containsKey(Scenario.profileOriginKey(Scenario.ALL_BACKENDS))) // a user's file
                .filter(p -> !plugins.backends().isEmpty())
                .filter(p -> plugins.backends().stream().noneMatch(b -> b.parameters().profile(p).isPresent()))
                .ifPresent(p -> {
                    throw new InputException(scenario.originOfProfile(Scenario.ALL_BACKENDS) + ": profiles: no loaded backend"
                            + " declares a profile '" + p + "'; they declare: " + plugins.backends().stream()
                            .flatMap(b -> b.parameters().profiles().stream().map(dev.cambrian.api.Profile::name))
                            .distinct().sorted().collect(java.util.stream.Collectors.joining(", ")));
                });
        scenario.baselineOrigin().filter(where -> plugins.backend(scenario.baseline()).isEmpty()).ifPresent(where -> {
            throw new InputException(where + ": baseline: no backend '" + scenario.baseline() + "' is loaded"
                    + didYouMean(scenario.baseline()) + "; loaded: " + loadedIds());
        });
        // a relative backend scales the baseline's run and has none of its own to hand the others: every relative backend
        // then had no reference (exit 0 with each one dropped), so the file is wrong, at its line
        scenario.baselineOrigin().ifPresent(where -> plugins.backend(scenario.baseline())
                .filter(b -> b.backend().hardware().deviceCountParameter().isEmpty()).ifPresent(b -> {
                    throw new InputException(where + ": baseline: " + b.id() + " is a relative backend (its figures are a"
                            + " baseline's scaled); the baseline must be an absolute one, with devices of its own, e.g. "
                            + BuiltInScenarios.named("default").orElseThrow().baseline());
                }));
        for (LoadedBackend b : plugins.backends()) {
            ParameterResolver.resolve(b.id(), b.parameters(), scenario); // throws, located, for a value out of bounds
        }
    }

    /** Selected backends with no valid answer, each with why, as the command's report lists them. */
    private final List<String> unanswered = new java.util.ArrayList<>();

    /** Records the selected backends the command found no valid answer for, for {@link #exitCode}. */
    void unanswered(List<String> backendsWithWhy) {
        unanswered.addAll(backendsWithWhy);
    }

    /**
     * The backends recorded without a valid answer since the last call, and forgets them: serve keeps one context for
     * every request, whose page shows them itself, and the list grew with each request.
     */
    List<String> takeUnanswered() {
        List<String> taken = List.copyOf(unanswered);
        unanswered.clear();
        return taken;
    }

    Evaluation evaluation(Scenario scenario, Workload workload) {
        return new Evaluation(guard, scenario, workload, plugins.backends());
    }

    /**
     * Ends a command that wrote its report: names each plugin that failed a call on stderr, and returns the exit code
     * after --strict: a run that succeeded although a plugin failed to load or failed a call exits with 3 instead.
     */
    int exitCode(int code) {
        // the report's own notes name them too, but stdout may be a file or a pipe (rank > out.txt left stderr empty, and
        // --strict then pointed at "the warnings above"), and a CSV has a row per backend with an answer only
        List<String> failures = guard.failures();
        failures.subList(loadFailures, failures.size()).forEach(f -> err.println("warning: " + dev.cambrian.host.Printable.of(f)));
        if (common.format != Format.TABLE || common.output != null) {
            takeUnanswered().forEach(u -> err.println("warning: no valid answer: " + dev.cambrian.host.Printable.of(u)));
        }
        err.flush();
        if (!common.strict || code != ExitCodes.OK || (plugins.problems().isEmpty() && guard.failures().isEmpty())) {
            return code;
        }
        err.println("error: --strict: a plugin failed (see the warnings above); exit code " + ExitCodes.PLUGINS_FAILED);
        err.flush();
        return ExitCodes.PLUGINS_FAILED;
    }

    void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    @Override
    public void close() {
        guard.close();
    }
}
