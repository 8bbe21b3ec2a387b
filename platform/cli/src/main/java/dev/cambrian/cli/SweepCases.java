package dev.cambrian.cli;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.Workload;
import dev.cambrian.cli.output.Format;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.lever.LeverSetting;
import dev.cambrian.engine.lever.WorkloadLevers;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.sweep.SweepGrid;
import dev.cambrian.engine.uncertainty.BackendUncertainty;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import dev.cambrian.host.PluginFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of a sweep (every axis but the backend) resolved before any plugin runs: each scenario
 * with its device count and lever set, and each workload under it. A case is then estimated for a
 * run of its backends, with or without Monte Carlo, into rows.
 */
final class SweepCases {
    private final SweepCommand o;
    private final List<List<LeverSetting>> leverSets;
    private final List<Double> parameters;
    private final List<Double> tokens;
    private final List<Long> devices;
    /** [scenario][device][lever set] */
    private final Scenario[][][] scenarios;
    /** keyed by the case's coordinates without the backend */
    private final Map<String, Workload> workloads = new HashMap<>();
    /** -w's presets; without -w one null: each scenario's own workload (its file's preset, else the default), as other commands take it. */
    private final List<String> workloadIds;
    private static final String DEFAULT_WORKLOAD = "(scenario's)";

    private SweepCases(SweepCommand o, List<List<LeverSetting>> leverSets) {
        this.o = o;
        this.leverSets = leverSets;
        this.parameters = o.parameters.isEmpty() ? java.util.Collections.singletonList(null) : o.parameters;
        this.tokens = o.tokens.isEmpty() ? java.util.Collections.singletonList(null) : o.tokens;
        this.devices = o.devices.isEmpty() ? java.util.Collections.singletonList(null) : o.devices;
        this.workloadIds = o.workloads.isEmpty() ? java.util.Collections.singletonList(null) : o.workloads;
        this.scenarios = new Scenario[o.scenarios.size()][devices.size()][leverSets.size()];
    }

    /** The workload of one point, as -w/--parameters/--tokens would give it for one command. */
    private static Workload workload(String id, Double parameters, Double tokens, Scenario scenario, String filePreset) {
        ScenarioOptions o = new ScenarioOptions();
        o.workload = id;
        o.parameters = parameters;
        o.tokens = tokens;
        return Context.workload(o, scenario, filePreset);
    }

    /**
     * A point's --devices count is set as *.devices, which a device count the scenario or a --set gives one backend (or
     * every backend) would override or be overridden by: its rows would be labelled with counts they were not
     * computed at.
     */
    /** Where a point's own count comes from: the *.devices each point adds to the --set list. */
    private static final String DEVICES_ORIGIN = "--set " + Scenario.ALL_BACKENDS + "." + AbsoluteParameters.DEVICES;

    private static void refuseOtherDeviceCounts(Scenario scenario) {
        scenario.parameters().forEach((backend, values) -> {
            String origin = values.containsKey(AbsoluteParameters.DEVICES) ? scenario.originOf(backend, AbsoluteParameters.DEVICES)
                    : DEVICES_ORIGIN;
            if (!origin.equals(DEVICES_ORIGIN)) {
                throw new InputException("--devices and " + origin + ": both set "
                        + (backend.equals(Scenario.ALL_BACKENDS) ? "every backend's" : backend + "'s") + " device count; give one");
            }
        });
    }

    static SweepCases resolve(SweepCommand o, List<List<LeverSetting>> leverSets) {
        SweepCases c = new SweepCases(o, leverSets);
        // the rows name a scenario by its name: two files named alike (or one file by two paths) made rows no one can
        // tell apart
        java.util.Map<String, String> named = new java.util.HashMap<>();
        for (int s = 0; s < o.scenarios.size(); s++) {
            for (int d = 0; d < c.devices.size(); d++) {
                List<String> sets = new ArrayList<>(o.sets);
                if (c.devices.get(d) != null) {
                    sets.add(Scenario.ALL_BACKENDS + ".devices=" + c.devices.get(d));
                }
                String given = o.scenarios.get(s);
                ScenarioLoader.Loaded loaded = ScenarioLoader.load(given, sets);
                String name = loaded.scenario().name();
                String before = d == 0 ? named.put(name, given) : null; // read here, not in a pass of its own over the files
                if (before != null) {
                    throw new InputException("--scenario " + given + ": named '" + name + "', as " + before + " is; the rows'"
                            + " scenario column could not tell them apart (give each file its own 'scenario:' name)");
                }
                if (c.devices.get(d) != null) {
                    refuseOtherDeviceCounts(loaded.scenario());
                }
                for (int l = 0; l < leverSets.size(); l++) {
                    Scenario scenario = loaded.scenario().withLevers(LeverSetting.merged(loaded.scenario().levers(),
                            leverSets.get(l)));
                    c.scenarios[s][d][l] = scenario;
                    for (int w = 0; w < c.workloadIds.size(); w++) {
                        for (int p = 0; p < c.parameters.size(); p++) {
                            for (int t = 0; t < c.tokens.size(); t++) {
                                Workload plain = workload(c.workloadIds.get(w), c.parameters.get(p),
                                        c.tokens.get(t), scenario, loaded.workloadPreset());
                                c.workloads.put(key(w, p, t, s, d, l), WorkloadLevers.apply(plain, scenario.levers()));
                            }
                        }
                    }
                }
            }
        }
        return c;
    }

    private static String key(int w, int p, int t, int s, int d, int l) {
        return w + "/" + p + "/" + t + "/" + s + "/" + d + "/" + l;
    }

    /**
     * Checks each scenario against the loaded backends (names, bounds) and refuses a --set no point would use
     * ({@link UnusedSets}), before any model runs.
     *
     * @param ids the -b list as given
     */
    void check(Context ctx, List<String> ids) {
        // a value another scenario's baseline uses is used: --scenario default,b200.yaml takes --set gpu-b200.*
        java.util.Set<String> baselines = new java.util.HashSet<>();
        for (Scenario[][] byDevice : scenarios) {
            baselines.add(byDevice[0][0].baseline());
        }
        for (Scenario[][] byDevice : scenarios) {
            for (Scenario[] byLevers : byDevice) {
                for (Scenario s : byLevers) {
                    ctx.checkScenario(s);
                    UnusedSets.refuse(s, ids, baselines);
                }
            }
        }
    }

    SweepGrid grid(List<LoadedBackend> selected) {
        List<SweepGrid.Axis> axes = new ArrayList<>();
        axes.add(new SweepGrid.Axis("workload", workloadIds.stream().map(id -> id == null ? DEFAULT_WORKLOAD : id).toList()));
        axes.add(new SweepGrid.Axis("parameters", parameters.stream().map(SweepCases::label).toList()));
        axes.add(new SweepGrid.Axis("tokens", tokens.stream().map(SweepCases::label).toList()));
        axes.add(new SweepGrid.Axis("devices", devices.stream().map(d -> d == null ? "" : d.toString()).toList()));
        // the scenario's name, not the argument: a file's path differs between machines, its name does not
        List<String> names = new ArrayList<>();
        for (Scenario[][] byDevice : scenarios) {
            names.add(byDevice[0][0].name());
        }
        axes.add(new SweepGrid.Axis("scenario", names));
        axes.add(new SweepGrid.Axis("levers", leverSets.stream().map(LeverRuns::labels).toList()));
        axes.add(new SweepGrid.Axis("backend", selected.stream().map(LoadedBackend::id).toList()));
        this.grid = new SweepGrid(axes);
        return grid;
    }

    private SweepGrid grid;

    /**
     * What the parameters' resolution said of the values the user gave (a value 1,000 times its default, a seed claim
     * the model in force does not read), once each over the whole sweep: estimate shows them among its warnings, the
     * sweep's rows have no place for them.
     */
    private final java.util.Set<String> inputNotes = new java.util.LinkedHashSet<>();

    /** {@link #inputNotes}, in the order first met. */
    List<String> inputNotes() {
        return List.copyOf(inputNotes);
    }

    private static String label(Double v) {
        return v == null ? "" : Double.toString(v);
    }

    /** Rows for case {@code c}'s backends {@code run}, the first being grid point {@code firstPoint}. */
    List<SweepRow> evaluate(Context ctx, int c, List<LoadedBackend> run, int firstPoint, Options mcOrNull) {
        int[] at = grid.coordinates(firstPoint);
        Scenario scenario = scenarios[at[4]][at[3]][at[5]];
        Workload workload = workloads.get(key(at[0], at[1], at[2], at[4], at[3], at[5]));
        Evaluation evaluation = ctx.evaluation(scenario, workload);
        ParameterResolver.electricityFarFromDefault(scenario).ifPresent(inputNotes::add); // once per scenario file
        // the nominal estimates first: one that fails on a value the user gave is exit 2 before any sampling
        String[] status = new String[run.size()];
        String[] detail = new String[run.size()];
        Estimate[] nominal = new Estimate[run.size()];
        for (int k = 0; k < run.size(); k++) {
            LoadedBackend b = run.get(k);
            status[k] = SweepRow.OK;
            detail[k] = "";
            ResolvedParameters params = evaluation.parameters(b);
            params.notes().forEach(n -> inputNotes.add(b.id() + ": " + n)); // '*.speedup' gives one line per backend
            try {
                nominal[k] = evaluation.estimate(b, params);
            } catch (PluginFailure f) {
                status[k] = SweepRow.FAILED;
                detail[k] = f.describe();
            } catch (InfeasibleException x) {
                status[k] = SweepRow.INFEASIBLE;
                detail[k] = x.getMessage();
            }
        }
        Map<String, BackendUncertainty> sampled = new HashMap<>();
        Map<String, String> sampleProblems = new HashMap<>();
        if (mcOrNull != null) {
            // the baseline sampled under every relative backend, sample by sample, as uncertainty does
            UncertaintyResult r = Sampling.plan(ctx, evaluation, scenario, workload, run, mcOrNull, true).run(done -> { }, null);
            r.backends().forEach(b -> sampled.put(b.backendId(), b));
            for (String problem : concat(r.failures(), r.infeasible())) {
                sampleProblems.putIfAbsent(problem.substring(0, Math.max(0, problem.indexOf(':'))), problem);
            }
        }
        Long deviceCount = devices.get(at[3]);
        // the levers in force, not the axis value alone: a scenario file's own levers apply under 'none' too
        String levers = LeverRuns.labels(scenario.levers());
        List<SweepRow> rows = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            LoadedBackend b = run.get(k);
            Estimate e = nominal[k];
            BackendUncertainty u = sampled.get(b.id());
            String why = mcOrNull != null && u == null && detail[k].isEmpty() ? sampleProblems.getOrDefault(b.id(), "") : detail[k];
            rows.add(new SweepRow(firstPoint + k, workload.id(), workload.totalParameters(),
                    workload.activeParameters(), workload.tokens(), workload.trainingFlop(), deviceCount,
                    e == null ? null : wholeIfWhole(EstimateView.deviceCount(e)), e == null ? null : EstimateView.deviceKinds(e),
                    grid.axes().get(4).values().get(at[4]), levers, b.id(), status[k],
                    e == null ? Double.NaN : e.trainingSeconds().nominal(), e == null ? Double.NaN : e.energyJoules().nominal(),
                    e == null ? Double.NaN : e.costUsd().nominal(),
                    u == null ? null : u.seconds(), u == null ? null : u.joules(), u == null ? null : u.usd(),
                    u == null ? 0 : u.validSamples(), u == null ? null : !u.sampled().isEmpty(), why));
        }
        return rows;
    }

    /** A count as a whole number when it is one, so the table reads 100000 rather than 100000.0. */
    private static Number wholeIfWhole(double count) {
        return count == Math.rint(count) && Math.abs(count) < 0x1p53 ? (Number) (long) count : (Number) count;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** What decides the run's figures, canonically: the shards of one run share it, and merge checks. */
    String describe(List<LoadedBackend> selected, Options mcOrNull, Format format) {
        // v3: rows gained uncertainty_declared and plain numbers (175000000000, not 1.75E11): v2 parts hold other rows
        StringBuilder d = new StringBuilder("sweep/v3\n");
        // which ranges are drawn, and so every draw after them, may change with the API (1.5.0 stopped drawing the ranges a
        // relative backend's models leave unread): parts made by hosts of two API versions are not one run
        d.append("api=").append(dev.cambrian.api.ApiVersion.current()).append('\n');
        // and so may the engine's way of drawing with one API (ChunkPlan.DRAWS): then the same seed gives other draws
        d.append("draws=").append(dev.cambrian.engine.uncertainty.ChunkPlan.DRAWS).append('\n');
        grid.axes().forEach(a -> d.append(a.name()).append('=').append(String.join("\u001f", a.values())).append('\n'));
        d.append("set=").append(String.join("\u001f", o.sets)).append('\n');
        for (String scenario : o.scenarios) { // a file by its content, wherever it lies
            java.nio.file.Path file = java.nio.file.Path.of(scenario);
            try {
                d.append("scenario=").append(java.nio.file.Files.isRegularFile(file)
                        ? "file:" + ShardHeader.runId(java.nio.file.Files.readString(file)) : scenario).append('\n');
            } catch (java.io.IOException e) {
                throw new dev.cambrian.engine.InputException("--scenario " + scenario + ": cannot read: " + e.getMessage());
            }
        }
        d.append("samples=").append(mcOrNull == null ? 0 : mcOrNull.samples()).append(" seed=")
                .append(mcOrNull == null ? "-" : mcOrNull.seed()).append('\n');
        d.append("format=").append(format.id()).append('\n');
        for (LoadedBackend b : selected) {
            d.append(b.id()).append('@').append(b.pluginId()).append(':').append(b.pluginVersion()).append('\n');
        }
        return d.toString();
    }
}
