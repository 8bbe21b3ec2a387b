package dev.cambrian.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Contracts;
import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.Profile;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.api.absolute.AbsoluteParameters;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ParameterResolver;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.estimate.ResolvedParameters;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadRequest;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract every backend meets (docs/architecture.md §6). A plugin's test extends this class and returns its backend; each
 * test here then runs against it. Over every test the backend's conduct is watched too: every call must
 * return within {@link #callBound()}, and the backend may not write to stdout or stderr, end the JVM,
 * register a shutdown hook, change a process-wide setting the host's sandbox guards (system properties,
 * default locale or time zone, System.out) or leave a non-daemon thread running; a failure names the check it broke
 * ({@code docs/contracts.md} lists them). The TCK's own tests prove it fails broken backends.
 */
@Tag(BackendContract.TAG)
public abstract class BackendContract {
    /** Inherited by every subclass: cambrian-plugin-parent runs the tests with this tag and fails the build when there are none. */
    public static final String TAG = "cambrian-tck";

    private static final Economics ECONOMICS = new Economics(0.10, 2026);
    /** The default bound on one call: generous for a plan search on the largest preset, short of a hang. */
    public static final Duration DEFAULT_CALL_BOUND = Duration.ofSeconds(30);

    private Conduct conduct;

    /**
     * A fresh instance of the backend under test.
     *
     * @return the backend
     */
    protected abstract HardwareBackend backend();

    /**
     * How long one call to the backend or its models may take before the test fails.
     *
     * @return the bound, {@link #DEFAULT_CALL_BOUND} unless overridden
     */
    protected Duration callBound() {
        return DEFAULT_CALL_BOUND;
    }

    /**
     * The baseline a relative backend is measured against: null (the default) for the TCK's plain
     * reference system ({@link TckReference}); a real baseline backend (the GPU plugin's
     * {@code gpu-h100}, say) to run the contract against the reference the host would give it.
     *
     * @return the baseline backend, or null
     */
    protected HardwareBackend baseline() {
        return null;
    }

    @BeforeEach
    void watchConduct() {
        conduct = Conduct.arm();
    }

    @AfterEach
    void checkConduct() {
        conduct.disarm();
    }

    /** The backend under test with every call bounded in time. */
    private HardwareBackend subject() {
        return BoundedCalls.wrap(backend(), callBound());
    }

    /** The reference run this contract's relative evaluations use: the real baseline's when one is given. */
    private ReferenceRun referenceRun(Workload workload) {
        HardwareBackend base = baseline();
        if (base == null) {
            return reference(workload);
        }
        HardwareBackend bounded = BoundedCalls.wrap(base, callBound());
        return Estimator.reference(bounded, resolve(bounded, Profile.CURRENT), workload, ECONOMICS);
    }

    @Test
    void takesNoBundledBackendsId() {
        HardwareBackend backend = backend();
        String id = BoundedCalls.wrap(backend, callBound()).info().id();
        String pluginId = System.getProperty("cambrian.plugin.id"); // set by cambrian-plugin-parent
        if (BundledBackends.isBundled(backend.getClass().getName(), pluginId)) {
            assertThat(BundledBackends.ids()).as("TCK check '" + BundledBackends.CHECK + "': bundled backend " + id
                    + " is listed in the host's bundled-backends.txt (dev/cambrian/host)").contains(id);
        } else {
            // a fork of a bundled plugin keeps its package: it passed with the bundled ids, which the host then refused
            assertThat(BundledBackends.ids()).as("TCK check '" + BundledBackends.CHECK + "': " + id + " is the id of a backend"
                    + " Cambrian ships (plugins load side by side, so one would shadow the other); choose an id of your own,"
                    + " e.g. yourvendor-" + id).doesNotContain(id);
        }
    }

    @Test
    void contractParametersAreInTheirContractsUnits() {
        List<String> mismatches = new ArrayList<>();
        for (Parameter p : subject().parameters().parameters()) {
            Contracts.mismatch(p).ifPresent(mismatches::add);
        }
        assertThat(mismatches).as("TCK check 'contract parameters in their units' (levers and the audit read these names;"
                + " see dev.cambrian.api.Contracts)").isEmpty();
    }

    @Test
    void declaresWhoItIs() {
        BackendInfo info = subject().info();
        assertThat(info).as("info()").isNotNull();
        assertThat(info.sources()).as("sources of " + info.id()).isNotEmpty();
    }

    @Test
    void everyParameterHasUnitRangeAndSource() {
        ParameterSpace space = subject().parameters();
        assertThat(space.parameters()).as("declared parameters").isNotEmpty();
        for (Parameter p : space.parameters()) {
            assertThat(p.range().low()).as("low of " + p.name() + " (parameters are physical quantities)").isGreaterThanOrEqualTo(0);
            assertThat(p.source()).as("source of " + p.name()).isNotBlank();
            assertThat(p.unit()).as("unit of " + p.name()).isNotBlank();
        }
    }

    @Test
    void deviceCountParameterIsADeclaredWholeNumber() {
        HardwareBackend backend = subject();
        backend.hardware().deviceCountParameter().ifPresent(name -> {
            assertThat(backend.parameters().parameter(name)).as("device-count parameter '" + name + "' is declared").isPresent();
            assertThat(backend.parameters().parameter(name).orElseThrow().integer())
                    .as("device-count parameter '" + name + "' takes whole numbers").isTrue();
        });
    }

    @Test
    void declaresCurrentAndEnhancedProfiles() {
        ParameterSpace space = subject().parameters();
        assertThat(space.profile(Profile.CURRENT)).as("profile current").isPresent();
        assertThat(space.profile(Profile.ENHANCED)).as("profile enhanced").isPresent();
    }

    @Test
    void modelsAreTotalAndFiniteOnEveryPresetAndProfile() {
        HardwareBackend backend = subject();
        for (Profile profile : backend.parameters().profiles()) {
            for (WorkloadRequest preset : WorkloadCatalog.presets()) {
                Workload workload = WorkloadResolver.resolve(preset);
                Estimate e = Estimator.estimate(backend, resolve(backend, profile.name()), workload, ECONOMICS,
                        referenceRun(workload), "tck");
                String where = backend.info().id() + " / " + profile.name() + " / " + workload.id();
                assertThat(e.trainingSeconds().low()).as("time low, " + where).isPositive();
                assertThat(e.energyJoules().low()).as("energy low, " + where).isPositive();
                assertThat(e.costUsd().low()).as("cost low, " + where).isGreaterThanOrEqualTo(0);
                assertThat(e.heroMonth().low()).as("hero month, " + where).isGreaterThanOrEqualTo(0);
                assertThat(e.hardware()).as("hardware, " + where).isNotEmpty();
                assertThat(e.fabInvestmentUsd().low()).as("investment, " + where).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void isDeterministic() {
        Workload workload = defaultWorkload();
        PointResult a = Estimator.evaluate(subject(), input(subject(), workload));
        PointResult b = Estimator.evaluate(subject(), input(subject(), workload));
        assertThat(a.time().trainingSeconds()).isEqualTo(b.time().trainingSeconds());
        assertThat(a.energy().joules()).isEqualTo(b.energy().joules());
        assertThat(a.costUsd()).isEqualTo(b.costUsd());
    }

    @Test
    void explainingChangesNoFigure() {
        // ModelInput.explain() only says whether the derivation is shown: corners and searches skip it
        Workload workload = defaultWorkload();
        PointResult shown = Estimator.evaluate(subject(), input(subject(), workload));
        PointResult quiet = Estimator.evaluate(subject(), input(subject(), workload).explaining(false));
        assertThat(quiet.time().trainingSeconds()).isEqualTo(shown.time().trainingSeconds());
        assertThat(quiet.energy().joules()).isEqualTo(shown.energy().joules());
        assertThat(quiet.costUsd()).isEqualTo(shown.costUsd());
        assertThat(quiet.fab().totalUsd()).isEqualTo(shown.fab().totalUsd());
        assertThat(quiet.timeline().heroMonth()).isEqualTo(shown.timeline().heroMonth());
        assertThat(quiet.time().warnings()).isEqualTo(shown.time().warnings());
        assertThat(quiet.energy().warnings()).isEqualTo(shown.energy().warnings());
        assertThat(quiet.hardware().warnings()).isEqualTo(shown.hardware().warnings());
        assertThat(quiet.hardware().devices()).isEqualTo(shown.hardware().devices());
    }

    @Test
    void givesTheSameFiguresWhenCalledFromSeveralThreads() throws Exception {
        // The host calls one backend instance from several threads at once (Monte Carlo chunks): a model must
        // keep no state between calls. Every preset is evaluated on 4 threads, interleaved, and compared with
        // the same evaluation done alone.
        HardwareBackend backend = subject();
        List<ModelInput> inputs = new ArrayList<>();
        for (WorkloadRequest preset : WorkloadCatalog.presets()) {
            inputs.add(input(backend, WorkloadResolver.resolve(preset)).explaining(false));
        }
        List<double[]> alone = new ArrayList<>();
        for (ModelInput in : inputs) {
            alone.add(figures(Estimator.evaluate(backend, in)));
        }
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tck-concurrency");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < 25; round++) {
                        for (int k = 0; k < inputs.size(); k++) {
                            int i = (k + offset) % inputs.size();
                            double[] got = figures(Estimator.evaluate(backend, inputs.get(i)));
                            if (!java.util.Arrays.equals(got, alone.get(i))) {
                                mismatches.add(inputs.get(i).workload().id() + ": " + java.util.Arrays.toString(got)
                                        + " instead of " + java.util.Arrays.toString(alone.get(i)));
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            List<String> mismatches = new ArrayList<>();
            for (java.util.concurrent.Future<List<String>> run : runs) {
                mismatches.addAll(run.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(mismatches).as("figures that changed when other threads called the same backend").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] figures(PointResult r) {
        return new double[] {r.time().trainingSeconds(), r.energy().joules(), r.costUsd(), r.timeline().heroMonth()};
    }

    @Test
    void moreComputeNeverTakesLessTime() {
        HardwareBackend backend = subject();
        Workload small = defaultWorkload();
        Workload big = WorkloadResolver.resolve(WorkloadCatalog.preset(small.id()).orElseThrow()
                .overriddenBy(new WorkloadRequest(null, null, null, null, null, small.trainingFlop() * 4, null, null, null, null)));
        double tSmall = Estimator.evaluate(backend, input(backend, small)).time().trainingSeconds();
        double tBig = Estimator.evaluate(backend, input(backend, big)).time().trainingSeconds();
        assertThat(tBig).as("time for 4x the FLOP").isGreaterThanOrEqualTo(tSmall);
    }

    @Test
    void batchPathGivesTheScalarPathsFigures() {
        // Monte Carlo evaluates through the batch SPI; the scalar path is the reference it must equal, bit for bit.
        HardwareBackend backend = subject();
        List<String> mismatches = new ArrayList<>();
        for (Profile profile : backend.parameters().profiles()) {
            for (WorkloadRequest preset : WorkloadCatalog.presets()) {
                Workload workload = WorkloadResolver.resolve(preset);
                ResolvedParameters params = resolve(backend, profile.name());
                ModelInput template = new ModelInput(workload, params.nominal(), ECONOMICS, referenceRun(workload), false);
                for (String m : BatchAgreement.mismatches(backend, params, template, preset.id().hashCode())) {
                    mismatches.add(profile.name() + " / " + preset.id() + ": " + m);
                }
            }
        }
        assertThat(mismatches).as("TCK check 'batch path gives the scalar path's figures' (docs/uncertainty.md):"
                + " samples where the batch path differs from the scalar path").isEmpty();
    }

    /** The name in a failure of {@link #parametersTheSeedSwitchLeavesUnreadMoveNoFigure}. */
    static final String UNREAD_CHECK = "parameters the seed switch leaves unread move no figure";

    @Test
    void parametersTheSeedSwitchLeavesUnreadMoveNoFigure() {
        // The host samples no parameter a relative backend's models leave unread under its seed-arithmetic switch
        // (RelativeParameters.unreadUnder): a plugin that replaces the kit's models, or adds a limit, and keeps the switch
        // must not read them either, or its uncertainty would lose their range without a word.
        HardwareBackend backend = subject();
        if (backend.parameters().indexOf(RelativeParameters.SEED_ARITHMETIC) < 0) {
            return;
        }
        assertThat(movedWhileUnread(backend, RelativeParameters.SEED_ARITHMETIC, new double[] {0, 1},
                (setting, name) -> RelativeParameters.unreadUnder(RelativeParameters.seedArithmeticOn(setting), name)))
                .as("TCK check '" + UNREAD_CHECK + "': values that moved time, energy, cost, devices, investment or hero month")
                .isEmpty();
    }

    /** The name in a failure of {@link #utilizationModelIsUnreadOnceTheUtilizationIsSet}. */
    static final String UNREAD_UTILIZATION_CHECK = "the utilization model moves no figure once the utilization is set";

    @Test
    void utilizationModelIsUnreadOnceTheUtilizationIsSet() {
        // The host samples no mfu-* parameter of an absolute backend whose utilization is set
        // (AbsoluteParameters.unreadWithUtilizationSet): a plugin that replaces the kit's time model must not read them then.
        HardwareBackend backend = subject();
        ParameterSpace space = backend.parameters();
        if (space.indexOf(AbsoluteParameters.UTILIZATION) < 0 || space.indexOf(RelativeParameters.SEED_ARITHMETIC) >= 0) {
            return;
        }
        // a low, a middling and the highest utilization a run could be given
        assertThat(movedWhileUnread(backend, AbsoluteParameters.UTILIZATION, new double[] {0.05, 0.4, 1},
                (setting, name) -> AbsoluteParameters.utilizationSet(setting) && AbsoluteParameters.unreadWithUtilizationSet(name)))
                .as("TCK check '" + UNREAD_UTILIZATION_CHECK + "': values that moved time, energy, cost, devices, investment"
                        + " or hero month").isEmpty();
    }

    /** The name in a failure of {@link #utilizationIsUnreadInPlanMode}. */
    static final String UNREAD_PLAN_CHECK = "plan mode reads neither the utilization nor its fitted model";

    @Test
    void utilizationIsUnreadInPlanMode() {
        // The host samples neither utilization nor mfu-* with plan-mode 1 (AbsoluteParameters.unreadInPlanMode): the time
        // comes from the parallel plan's step split, and a plugin's time model must not read them there either.
        HardwareBackend backend = subject();
        ParameterSpace space = backend.parameters();
        if (space.indexOf(AbsoluteParameters.PLAN_MODE) < 0 || space.indexOf(RelativeParameters.SEED_ARITHMETIC) >= 0) {
            return;
        }
        assertThat(movedWhileUnread(backend, AbsoluteParameters.PLAN_MODE, new double[] {1},
                (setting, name) -> AbsoluteParameters.planModeOn(setting) && AbsoluteParameters.unreadInPlanMode(name)))
                .as("TCK check '" + UNREAD_PLAN_CHECK + "': values that moved time, energy, cost, devices, investment or hero"
                        + " month").isEmpty();
    }

    /**
     * Where moving a parameter the models should leave unread changed a figure: on every profile and preset, with the
     * parameter named {@code setting} at each of {@code settings}, each parameter {@code unread} names at that value
     * moved to each of its {@link #probes}.
     */
    private List<String> movedWhileUnread(HardwareBackend backend, String setting, double[] settings,
                                          java.util.function.BiPredicate<Double, String> unread) {
        ParameterSpace space = backend.parameters();
        List<String> moved = new ArrayList<>();
        for (Profile profile : space.profiles()) {
            ParameterValues inForce = resolve(backend, profile.name()).nominal();
            for (WorkloadRequest preset : WorkloadCatalog.presets()) {
                Workload workload = WorkloadResolver.resolve(preset);
                ReferenceRun reference = referenceRun(workload);
                for (double value : settings) {
                    ParameterValues nominal = inForce.with(setting, value);
                    List<Object> expected;
                    try {
                        expected = outcome(backend, workload, nominal, reference);
                    } catch (RuntimeException e) {
                        continue; // no answer at the nominal point: modelsAreTotalAndFinite... names that
                    }
                    for (Parameter p : space.parameters()) {
                        if (!unread.test(value, p.name())) {
                            continue;
                        }
                        for (double v : probes(p, nominal.get(p.name()))) {
                            String where = p.name() + " = " + v + " (" + setting + " " + dev.cambrian.engine.Numbers.compact(value) + ", profile "
                                    + profile.name() + ", " + preset.id() + ")";
                            try {
                                if (!outcome(backend, workload, nominal.with(p.name(), v), reference).equals(expected)) {
                                    moved.add(where);
                                }
                            } catch (RuntimeException e) {
                                moved.add(where + ": no answer any more (" + e.getMessage() + ")");
                            }
                        }
                    }
                }
            }
        }
        return moved;
    }

    /**
     * Values to move a parameter to: its range's ends, half and 1.5 times its value, and its value plus one (a share of
     * 0, cooling's default, moves nowhere by halving), each inside its bounds and not its value.
     */
    private static List<Double> probes(Parameter p, double value) {
        List<Double> out = new ArrayList<>();
        for (double v : new double[] {p.range().low(), p.range().high(), value * 0.5, value * 1.5,
                value + Math.max(1, Math.abs(value)), 0.5}) {
            if (v != value && p.bounds().contains(v) && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<Object> outcome(HardwareBackend backend, Workload workload, ParameterValues values, ReferenceRun reference) {
        PointResult r = Estimator.evaluate(backend, new ModelInput(workload, values, ECONOMICS, reference, false));
        return List.of(r.time().trainingSeconds(), r.energy().joules(), r.costUsd(), r.timeline().heroMonth(),
                r.hardware().devices(), r.fab().totalUsd());
    }

    @Test
    void infoAndParametersAreStable() {
        HardwareBackend backend = subject();
        assertThatCode(() -> {
            backend.info();
            backend.parameters();
        }).doesNotThrowAnyException();
        assertThat(backend.info()).isEqualTo(backend.info());
    }

    // --- helpers a plugin's own golden tests may use too ---

    protected static Workload defaultWorkload() {
        return WorkloadResolver.resolve(WorkloadCatalog.preset(WorkloadCatalog.DEFAULT_ID).orElseThrow());
    }

    protected static ReferenceRun reference(Workload workload) {
        return TckReference.on(workload);
    }

    protected static ResolvedParameters resolve(HardwareBackend backend, String profile) {
        Scenario scenario = new Scenario("tck", "TCK", "tck-reference", ECONOMICS,
                Map.of(backend.info().id(), profile), Map.of(), null, Map.of());
        return ParameterResolver.resolve(backend.info().id(), backend.parameters(), scenario);
    }

    protected static Estimate estimate(HardwareBackend backend, String profile, Workload workload) {
        return Estimator.estimate(backend, resolve(backend, profile), workload, ECONOMICS, reference(workload), "tck");
    }

    private ModelInput input(HardwareBackend backend, Workload workload) {
        return new ModelInput(workload, resolve(backend, Profile.CURRENT).nominal(), ECONOMICS, referenceRun(workload));
    }
}
