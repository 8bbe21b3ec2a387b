package dev.cambrian.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Category;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.FabInvestment;
import dev.cambrian.api.FabInvestmentModel;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.InvestmentLine;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Phase;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Timeline;
import dev.cambrian.api.TimelineModel;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.formula.Units;
import dev.cambrian.api.relative.ClassFigure;
import dev.cambrian.api.relative.Programme;
import dev.cambrian.api.relative.RelativeBackend;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.api.relative.TechnologySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The TCK tested against deliberately broken backends (docs/architecture.md §6): it must fail each of them, on the
 * contract test that names the defect, and pass a correct one. The contract subclasses are static
 * nested classes so surefire (which skips nested classes) does not run them on their own; each is
 * run here through the JUnit Platform {@link EngineTestKit}.
 */
class TckSelfTest {

    // ------------------------------------------------------------------ the backend contract

    @Test
    @DisplayName("a correct backend passes every contract test")
    void soundBackendPassesAll() {
        Outcome o = run(SoundContract.class);
        assertThat(o.failed()).as("failed contract tests of a correct backend: " + o.failures()).isEmpty();
        assertThat(o.succeeded()).containsExactlyInAnyOrderElementsOf(contractTests(BackendContract.class));
    }

    @Test
    @DisplayName("a correct relative backend (the kit's models) passes every contract test")
    void soundRelativeBackendPassesAll() {
        Outcome o = run(SoundRelativeContract.class);
        assertThat(o.failed()).as("failed contract tests of a correct relative backend: " + o.failures()).isEmpty();
        assertThat(o.succeeded()).containsExactlyInAnyOrderElementsOf(contractTests(BackendContract.class));
    }

    @Test
    @DisplayName("a relative backend whose class-by-class time reads the headline speedup fails only the unread check")
    void readingAParameterTheSwitchLeavesUnreadIsCaught() {
        Outcome o = run(HeadlineReadingContract.class);
        assertThat(o.failed()).containsExactly("parametersTheSeedSwitchLeavesUnreadMoveNoFigure");
        assertThat(failureText(o.failures().get("parametersTheSeedSwitchLeavesUnreadMoveNoFigure")))
                .contains("TCK check '" + BackendContract.UNREAD_CHECK + "'").contains("speedup = ")
                .contains("(seed-arithmetic 0, profile current, ");
    }

    @Test
    @DisplayName("a correct absolute backend (the kit's models on a test device) passes every contract test")
    void soundAbsoluteBackendPassesAll() {
        Outcome o = run(SoundAbsoluteContract.class);
        assertThat(o.failed()).as("failed contract tests of a correct absolute backend: " + o.failures()).isEmpty();
        assertThat(o.succeeded()).containsExactlyInAnyOrderElementsOf(contractTests(BackendContract.class));
    }

    @Test
    @DisplayName("an absolute backend whose time reads mfu-residual with the utilization set fails only the utilization check")
    void readingTheUtilizationModelOnceTheUtilizationIsSetIsCaught() {
        Outcome o = run(ResidualReadingContract.class);
        assertThat(o.failed()).containsExactly("utilizationModelIsUnreadOnceTheUtilizationIsSet");
        assertThat(failureText(o.failures().get("utilizationModelIsUnreadOnceTheUtilizationIsSet")))
                .contains("TCK check '" + BackendContract.UNREAD_UTILIZATION_CHECK + "'").contains("mfu-residual = ")
                .contains("(utilization 0.4, profile current, ");
    }

    @Test
    @DisplayName("an absolute backend whose plan-mode time reads the utilization fails only the plan-mode check")
    void readingTheUtilizationInPlanModeIsCaught() {
        Outcome o = run(PlanReadingContract.class);
        assertThat(o.failed()).containsExactly("utilizationIsUnreadInPlanMode");
        assertThat(failureText(o.failures().get("utilizationIsUnreadInPlanMode")))
                .contains("TCK check '" + BackendContract.UNREAD_PLAN_CHECK + "'").contains("utilization = ")
                .contains("(plan-mode 1, profile current, ");
    }

    @Test
    @DisplayName("a time model that computes NaN fails the model tests (TimeEstimate rejects it, so the model throws)")
    void nanTimeIsCaught() {
        Outcome o = run(NanTimeContract.class);
        assertThat(o.failed()).containsExactlyInAnyOrder("modelsAreTotalAndFiniteOnEveryPresetAndProfile", "isDeterministic",
                "moreComputeNeverTakesLessTime", "batchPathGivesTheScalarPathsFigures", "explainingChangesNoFigure",
                "givesTheSameFiguresWhenCalledFromSeveralThreads");
        assertThat(o.failures().get("modelsAreTotalAndFiniteOnEveryPresetAndProfile"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a finite number");
        // The declarations are fine, and the TCK says so: it points at the models, not at everything.
        assertThat(o.succeeded()).contains("declaresWhoItIs", "everyParameterHasUnitRangeAndSource",
                "declaresCurrentAndEnhancedProfiles", "infoAndParametersAreStable");
    }

    @Test
    @DisplayName("a batch method that lets NaN out fails batchPathGivesTheScalarPathsFigures")
    void nanInBatchIsCaught() {
        Outcome o = run(NanBatchContract.class);
        assertThat(o.failed()).containsExactly("batchPathGivesTheScalarPathsFigures");
    }

    @Test
    @DisplayName("a backend without an 'enhanced' profile fails declaresCurrentAndEnhancedProfiles")
    void missingEnhancedProfileIsCaught() {
        Outcome o = run(NoEnhancedProfileContract.class);
        assertThat(o.failed()).containsExactly("declaresCurrentAndEnhancedProfiles");
        assertThat(o.failures().get("declaresCurrentAndEnhancedProfiles")).hasMessageContaining("enhanced");
    }

    @Test
    @DisplayName("a model that throws on some presets fails modelsAreTotalAndFiniteOnEveryPresetAndProfile")
    void throwingModelIsCaught() {
        Outcome o = run(ThrowsOnDenseContract.class);
        // Every preset is also evaluated on several threads and as a batch, so those checks meet the throw too.
        assertThat(o.failed()).containsExactlyInAnyOrder("modelsAreTotalAndFiniteOnEveryPresetAndProfile",
                "givesTheSameFiguresWhenCalledFromSeveralThreads", "batchPathGivesTheScalarPathsFigures");
        assertThat(o.failures().get("modelsAreTotalAndFiniteOnEveryPresetAndProfile"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dense");
    }

    @Test
    @DisplayName("a time model where 4x the FLOP takes less time fails moreComputeNeverTakesLessTime")
    void fasterWithMoreComputeIsCaught() {
        Outcome o = run(InvertedTimeContract.class);
        assertThat(o.failed()).containsExactly("moreComputeNeverTakesLessTime");
    }

    @Test
    @DisplayName("a parameter whose range goes below zero fails everyParameterHasUnitRangeAndSource")
    void negativeParameterIsCaught() {
        Outcome o = run(NegativeParameterContract.class);
        assertThat(o.failed()).containsExactly("everyParameterHasUnitRangeAndSource");
        assertThat(o.failures().get("everyParameterHasUnitRangeAndSource")).hasMessageContaining("offset");
    }

    @Test
    @DisplayName("a vectorised batch that disagrees with the scalar model fails batchPathGivesTheScalarPathsFigures")
    void disagreeingBatchIsCaught() {
        Outcome o = run(WrongBatchContract.class);
        assertThat(o.failed()).containsExactly("batchPathGivesTheScalarPathsFigures");
    }

    @Test
    @DisplayName("batch device-hours that forget the device count fail batchPathGivesTheScalarPathsFigures")
    void disagreeingDeviceHoursAreCaught() {
        Outcome o = run(WrongDeviceHoursContract.class);
        assertThat(o.failed()).containsExactly("batchPathGivesTheScalarPathsFigures");
        assertThat(o.failures().get("batchPathGivesTheScalarPathsFigures")).hasMessageContaining("tck device device-hours");
    }

    @Test
    @DisplayName("batch device-hours where the scalar path has no valid answer fail batchPathGivesTheScalarPathsFigures")
    void deviceHoursWithoutAnAnswerAreCaught() {
        Outcome o = run(DeviceHoursWithoutAnAnswerContract.class);
        assertThat(o.failed()).containsExactly("batchPathGivesTheScalarPathsFigures");
        assertThat(o.failures().get("batchPathGivesTheScalarPathsFigures"))
                .hasMessageContaining("the scalar path has no valid answer").hasMessageContaining("0.0 tck device device-hours");
    }

    @Test
    @DisplayName("a model with hidden randomness fails isDeterministic")
    void nonDeterministicModelIsCaught() {
        Outcome o = run(RandomTimeContract.class);
        // The batch, explain and threads checks compare two evaluations too, so they fail as well.
        assertThat(o.failed()).containsExactlyInAnyOrder("isDeterministic", "batchPathGivesTheScalarPathsFigures",
                "explainingChangesNoFigure", "givesTheSameFiguresWhenCalledFromSeveralThreads");
    }

    @Test
    @DisplayName("a model that keeps state between calls fails givesTheSameFiguresWhenCalledFromSeveralThreads")
    void statefulModelIsCaught() {
        Outcome o = run(StatefulContract.class);
        assertThat(o.failed()).containsExactly("givesTheSameFiguresWhenCalledFromSeveralThreads");
    }

    @Test
    @DisplayName("a model whose figures change when nobody explains them fails explainingChangesNoFigure")
    void explainDependentModelIsCaught() {
        Outcome o = run(ExplainDependentContract.class);
        assertThat(o.failed()).containsExactly("explainingChangesNoFigure");
    }

    @Test
    @DisplayName("info() that returns null fails declaresWhoItIs")
    void nullInfoIsCaught() {
        Outcome o = run(NullInfoContract.class);
        assertThat(o.failed()).contains("declaresWhoItIs", "modelsAreTotalAndFiniteOnEveryPresetAndProfile");
        assertThat(o.failures().get("declaresWhoItIs")).hasMessageContaining("info()");
    }

    @Test
    @DisplayName("info() that changes from call to call fails infoAndParametersAreStable")
    void unstableInfoIsCaught() {
        Outcome o = run(UnstableInfoContract.class);
        assertThat(o.failed()).containsExactly("infoAndParametersAreStable");
    }

    // ------------------------------------------------------------------ the backend's conduct

    /** The tests that evaluate the models, where a misbehaving model shows. */
    private static final Set<String> EVALUATING = Set.of("modelsAreTotalAndFiniteOnEveryPresetAndProfile", "isDeterministic",
            "explainingChangesNoFigure", "givesTheSameFiguresWhenCalledFromSeveralThreads", "moreComputeNeverTakesLessTime",
            "batchPathGivesTheScalarPathsFigures");

    /** The whole failure of a test, its suppressed failures (the conduct check after the test) included. */
    private static String failureText(Throwable t) {
        StringBuilder text = new StringBuilder(String.valueOf(t.getMessage()));
        for (Throwable suppressed : t.getSuppressed()) {
            text.append('\n').append(suppressed.getMessage());
        }
        return text.toString();
    }

    private static void assertFailedNaming(Outcome o, Set<String> tests, String check) {
        assertThat(o.failed()).as("tests that failed").containsAll(tests);
        for (String test : tests) {
            assertThat(failureText(o.failures().get(test))).as("failure of " + test).contains("TCK check '" + check + "'");
        }
    }

    @Test
    @DisplayName("a model that never returns fails, bounded in time, naming 'every call returns in time'")
    void hangingModelIsCaught() {
        long start = System.nanoTime();
        Outcome o = run(HangingContract.class);
        assertFailedNaming(o, EVALUATING, BoundedCalls.CHECK);
        assertThat(failureText(o.failures().get("isDeterministic"))).contains("speedup().estimate(...) did not return within 1000 ms");
        assertThat(o.succeeded()).contains("declaresWhoItIs", "declaresCurrentAndEnhancedProfiles");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds the hanging backend's contract took").isLessThan(60);
    }

    @Test
    @DisplayName("a model that prints to stdout fails, naming 'writes nothing to stdout or stderr'")
    void printingToStdoutIsCaught() {
        Outcome o = run(StdoutContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.OUTPUT);
        assertThat(failureText(o.failures().get("isDeterministic"))).contains("wrote to stdout: \"estimating...");
    }

    @Test
    @DisplayName("a backend that prints to stderr when asked for its parameters fails, naming the check")
    void printingToStderrIsCaught() {
        Outcome o = run(StderrContract.class);
        assertFailedNaming(o, Set.of("declaresCurrentAndEnhancedProfiles", "everyParameterHasUnitRangeAndSource"), Conduct.OUTPUT);
        assertThat(failureText(o.failures().get("declaresCurrentAndEnhancedProfiles"))).contains("wrote to stderr");
    }

    @Test
    @DisplayName("a model that calls System.exit fails, naming 'never ends the JVM' (and the JVM goes on)")
    void exitIsCaught() {
        Outcome o = run(ExitContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.EXIT);
        assertThat(failureText(o.failures().get("isDeterministic"))).contains("System.exit / Runtime.halt(3)");
    }

    @Test
    @DisplayName("a model that calls Runtime.halt fails, naming 'never ends the JVM'")
    void haltIsCaught() {
        Outcome o = run(HaltContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.EXIT);
        assertThat(failureText(o.failures().get("isDeterministic"))).contains("Runtime.halt(4)");
    }

    @Test
    @DisplayName("a model that swallows the refusal of System.exit still fails, naming 'never ends the JVM'")
    void swallowedExitIsCaught() {
        Outcome o = run(SwallowedExitContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.EXIT);
    }

    @Test
    @DisplayName("a model that registers a shutdown hook fails, naming 'registers no shutdown hook'")
    void shutdownHookIsCaught() {
        Outcome o = run(ShutdownHookContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.SHUTDOWN_HOOK);
    }

    @Test
    @DisplayName("a backend that leaves a non-daemon thread running fails, naming 'leaves no non-daemon thread running'")
    void strayThreadIsCaught() {
        Outcome o = run(StrayThreadContract.class);
        assertFailedNaming(o, Set.of("declaresCurrentAndEnhancedProfiles"), Conduct.THREADS);
        assertThat(failureText(o.failures().get("declaresCurrentAndEnhancedProfiles"))).contains("thread 'tck-stray'");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // half a second per thread took hours
    @DisplayName("a backend that leaks hundreds of threads per call fails in seconds, naming the check, the count and some names")
    void manyStrayThreadsFailFast() {
        ManyStrayThreadsBackend.release = new java.util.concurrent.CountDownLatch(1);
        try {
            Outcome o = run(ManyStrayThreadsContract.class);
            assertThat(o.failed()).containsExactly("isDeterministic");
            assertThat(failureText(o.failures().get("isDeterministic"))).contains("TCK check '" + Conduct.THREADS + "': ")
                    .containsPattern("\\d{3,} threads started during the test are still running 2 s after it \\('tck-leak-\\d+', ")
                    .contains(", ...; they keep the JVM from exiting");
        } finally {
            ManyStrayThreadsBackend.release.countDown();
        }
    }

    @Test
    @DisplayName("a model that sets a system property fails, naming 'changes no process-wide setting' (the host refuses it)")
    void settingASystemPropertyIsCaught() {
        String separator = System.getProperty("line.separator");
        try {
            Outcome o = run(SetPropertyContract.class);
            assertFailedNaming(o, EVALUATING, Conduct.SETTINGS);
            assertThat(failureText(o.failures().get("isDeterministic"))).contains("System.setProperty or clearProperty(\"line.separator\")");
        } finally {
            System.setProperty("line.separator", separator);
        }
        assertThat(System.getProperty("line.separator")).isEqualTo(separator);
    }

    @Test
    @DisplayName("a model that sets the default locale fails, naming 'changes no process-wide setting'")
    void settingTheDefaultLocaleIsCaught() {
        java.util.Locale locale = java.util.Locale.getDefault();
        try {
            Outcome o = run(LocaleContract.class);
            assertFailedNaming(o, EVALUATING, Conduct.SETTINGS);
            assertThat(failureText(o.failures().get("isDeterministic"))).contains("the backend called Locale.setDefault");
            assertThat(java.util.Locale.getDefault()).as("the default locale, refused").isEqualTo(locale);
        } finally {
            java.util.Locale.setDefault(locale);
        }
    }

    @Test
    @DisplayName("a model that sets the default time zone fails, naming 'changes no process-wide setting'")
    void settingTheDefaultTimeZoneIsCaught() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            Outcome o = run(TimeZoneContract.class);
            assertFailedNaming(o, EVALUATING, Conduct.SETTINGS);
            assertThat(failureText(o.failures().get("isDeterministic"))).contains("the backend called TimeZone.setDefault");
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    @DisplayName("a model that replaces System.out fails, naming 'changes no process-wide setting'")
    void replacingSystemOutIsCaught() {
        Outcome o = run(SetOutContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.SETTINGS);
        assertThat(failureText(o.failures().get("isDeterministic"))).contains("the backend called System.setOut, setErr or setIn");
    }

    @Test
    @DisplayName("a model that takes System.getProperties (writable, so the host refuses it) fails, naming the check")
    void takingAllSystemPropertiesIsCaught() {
        Outcome o = run(GetPropertiesContract.class);
        assertFailedNaming(o, EVALUATING, Conduct.SETTINGS);
        assertThat(failureText(o.failures().get("isDeterministic"))).contains("System.getProperties or setProperties");
    }

    @Test
    @DisplayName("a model that only reads settings (a property, the locale, the time zone) passes every contract test")
    void readingSettingsIsAllowed() {
        Outcome o = run(ReadingSettingsContract.class);
        assertThat(o.failed()).as("failed contract tests of a backend that reads settings: " + o.failures()).isEmpty();
    }

    @Test
    @DisplayName("a backend that declares a bundled backend's id fails takesNoBundledBackendsId, naming the check")
    void bundledIdIsCaught() {
        Outcome o = run(BundledIdContract.class);
        assertThat(o.failed()).containsExactly("takesNoBundledBackendsId");
        assertThat(failureText(o.failures().get("takesNoBundledBackendsId"))).contains("TCK check '" + BundledBackends.CHECK + "'")
                .contains("gpu-h100 is the id of a backend Cambrian ships");
    }

    @Test
    @DisplayName("a fork of a bundled plugin keeps its package but not its Plugin-Id: it is held to ids of its own")
    void aForkIsNotABundledPlugin() {
        // the fork passed with amd-instinct's ids, which the host then refused; renamed, it was told its new id was missing
        // from bundled-backends.txt
        assertThat(BundledBackends.isBundled("dev.cambrian.plugins.amd.InstinctMi355xBackend", "amd-instinct")).isTrue();
        assertThat(BundledBackends.isBundled("dev.cambrian.plugins.amd.InstinctMi355xBackend", "amd-fork")).isFalse();
        assertThat(BundledBackends.isBundled("dev.cambrian.plugins.amd.InstinctMi355xBackend", null)).isTrue(); // no parent
        assertThat(BundledBackends.isBundled("com.acme.cambrian.AcmeBackend", "amd-instinct")).isFalse();
    }

    @Test
    @DisplayName("a contract parameter in another unit fails contractParametersAreInTheirContractsUnits")
    void contractUnitMismatchIsCaught() {
        Outcome o = run(WrongContractUnitContract.class);
        assertThat(o.failed()).containsExactly("contractParametersAreInTheirContractsUnits");
        assertThat(failureText(o.failures().get("contractParametersAreInTheirContractsUnits")))
                .contains("TCK check 'contract parameters in their units'").contains("parameter pue is in %");
    }

    @Test
    @DisplayName("the contract runs against a real baseline backend when one is given, and only then")
    void runsAgainstARealBaseline() {
        assertThat(run(RealBaselineContract.class).failed()).as("against the real baseline").isEmpty();
        Outcome plain = run(WithoutRealBaselineContract.class);
        assertThat(plain.failed()).contains("isDeterministic");
        assertThat(failureText(plain.failures().get("isDeterministic"))).contains("measured against tck-reference");
    }

    // ------------------------------------------------------------------ the packaging contract

    @Test
    @DisplayName("a plugin jar that bundles api classes and contributes no backend fails the packaging contract")
    void brokenJarFailsPackaging() {
        Outcome o = run(BadJarPackagingContract.class);
        assertThat(o.failed()).containsExactlyInAnyOrderElementsOf(contractTests(PackagingContract.class));
        assertThat(o.failures().get("bundlesNoApiOrPf4jClasses")).hasMessageContaining("dev/cambrian/api/");
    }

    // ------------------------------------------------------------------ running a contract

    /** What one contract run gave, by test method name. */
    record Outcome(Set<String> failed, Set<String> succeeded, Map<String, Throwable> failures) {
    }

    private static Outcome run(Class<?> contract) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute();
        assertThat(results.containerEvents().failed().count()).as("containers that failed for " + contract.getSimpleName()).isZero();
        assertThat(results.testEvents().started().count()).as("contract tests run for " + contract.getSimpleName()).isPositive();
        Map<String, Throwable> failures = new LinkedHashMap<>();
        results.testEvents().failed().stream().forEach(e -> failures.put(methodName(e),
                e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElse(null)));
        return new Outcome(names(results.testEvents().failed()), names(results.testEvents().succeeded()), failures);
    }

    private static Set<String> names(Events events) {
        return events.stream().map(TckSelfTest::methodName).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String methodName(Event e) {
        return e.getTestDescriptor().getSource()
                .filter(MethodSource.class::isInstance)
                .map(s -> ((MethodSource) s).getMethodName())
                .orElse(e.getTestDescriptor().getDisplayName());
    }

    /** The contract's own test methods, so a new contract test is expected of the correct backend too. */
    private static List<String> contractTests(Class<?> contract) {
        return Arrays.stream(contract.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .toList();
    }

    // ------------------------------------------------------------------ contracts (run only through run())

    static class SoundContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new SoundBackend();
        }
    }

    static class SoundRelativeContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new SoundRelativeBackend();
        }
    }

    static class HeadlineReadingContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new HeadlineReadingBackend();
        }
    }

    static class SoundAbsoluteContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new SoundAbsoluteBackend();
        }
    }

    static class ResidualReadingContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new ResidualReadingBackend();
        }
    }

    static class PlanReadingContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new PlanReadingBackend();
        }
    }

    static class NanTimeContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new NanTimeBackend();
        }
    }

    static class NanBatchContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new NanBatchBackend();
        }
    }

    static class NoEnhancedProfileContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new NoEnhancedProfileBackend();
        }
    }

    static class ThrowsOnDenseContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new ThrowsOnDenseBackend();
        }
    }

    static class InvertedTimeContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new InvertedTimeBackend();
        }
    }

    static class NegativeParameterContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new NegativeParameterBackend();
        }
    }

    static class WrongBatchContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new WrongBatchBackend();
        }
    }

    static class WrongDeviceHoursContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new WrongDeviceHoursBackend();
        }
    }

    static class DeviceHoursWithoutAnAnswerContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new DeviceHoursWithoutAnAnswerBackend();
        }

        @Override
        protected HardwareBackend baseline() {
            return new TrackedBaseline();
        }
    }

    static class RandomTimeContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new RandomTimeBackend();
        }
    }

    static class StatefulContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new StatefulBackend();
        }
    }

    static class ExplainDependentContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new ExplainDependentBackend();
        }
    }

    static class NullInfoContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new NullInfoBackend();
        }
    }

    static class UnstableInfoContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new UnstableInfoBackend();
        }
    }

    static class HangingContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new HangingBackend();
        }

        @Override
        protected java.time.Duration callBound() {
            return java.time.Duration.ofSeconds(1);
        }
    }

    static class StdoutContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new StdoutBackend();
        }
    }

    static class StderrContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new StderrBackend();
        }
    }

    static class ExitContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new ExitBackend();
        }
    }

    static class HaltContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new HaltBackend();
        }
    }

    static class SwallowedExitContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new SwallowedExitBackend();
        }
    }

    static class ShutdownHookContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new ShutdownHookBackend();
        }
    }

    static class StrayThreadContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new StrayThreadBackend();
        }
    }

    /** Leaks in isDeterministic alone: each test that leaks waits out the whole grace, and one shows the point. */
    static class ManyStrayThreadsContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new ManyStrayThreadsBackend();
        }

        @BeforeEach
        void leakIn(TestInfo test) {
            ManyStrayThreadsBackend.leaking = test.getTestMethod().map(m -> m.getName().equals("isDeterministic")).orElse(false);
        }

        @AfterEach
        void stopLeaking() {
            ManyStrayThreadsBackend.leaking = false;
        }
    }

    static class SetPropertyContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new MisbehavingBackend(() -> System.setProperty("line.separator", "X\n"));
        }
    }

    static class LocaleContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new MisbehavingBackend(() -> java.util.Locale.setDefault(java.util.Locale.GERMANY));
        }
    }

    static class TimeZoneContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new MisbehavingBackend(() -> java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kolkata")));
        }
    }

    static class SetOutContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new MisbehavingBackend(() -> System.setOut(new java.io.PrintStream(OutputStream.nullOutputStream())));
        }
    }

    static class GetPropertiesContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new MisbehavingBackend(() -> System.getProperties().getProperty("user.home"));
        }
    }

    static class ReadingSettingsContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new MisbehavingBackend(() -> {
                System.getProperty("line.separator");
                java.util.Locale.getDefault();
                java.time.LocalDate.now(); // the JDK's lazy look at the default time zone is not the backend's
            });
        }
    }

    static class BundledIdContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new SoundBackend() {
                @Override
                String id() {
                    return "gpu-h100";
                }
            };
        }
    }

    static class WrongContractUnitContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new SoundBackend() {
                @Override
                List<Parameter> parameterList() {
                    List<Parameter> p = new java.util.ArrayList<>(super.parameterList());
                    p.add(Parameter.fixed("pue", "%", 120, "facility overhead in percent", SOURCE));
                    return p;
                }
            };
        }
    }

    static class RealBaselineContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new BaselineCheckingBackend();
        }

        @Override
        protected HardwareBackend baseline() {
            return new TrackedBaseline();
        }
    }

    static class WithoutRealBaselineContract extends BackendContract {
        @Override
        protected HardwareBackend backend() {
            return new BaselineCheckingBackend();
        }
    }

    /** A "plugin" jar with the api's Range class inside it, a plugin manifest and no extension. */
    static class BadJarPackagingContract extends PackagingContract {
        private static Path jar;

        @Override
        protected Path pluginFile() {
            synchronized (BadJarPackagingContract.class) {
                if (jar == null) {
                    jar = badJar();
                }
                return jar;
            }
        }

        @Override
        protected String pluginId() {
            return "tck-bad-jar";
        }

        private static Path badJar() {
            try {
                Path file = Files.createTempFile("tck-bad-jar-", ".jar");
                file.toFile().deleteOnExit();
                Manifest manifest = new Manifest();
                Attributes a = manifest.getMainAttributes();
                a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
                a.putValue("Plugin-Id", "tck-bad-jar");
                a.putValue("Plugin-Version", "1.0.0");
                a.putValue("Plugin-Provider", "TckSelfTest");
                try (OutputStream out = Files.newOutputStream(file);
                     JarOutputStream jarOut = new JarOutputStream(out, manifest);
                     InputStream range = Range.class.getResourceAsStream("Range.class")) {
                    jarOut.putNextEntry(new JarEntry("dev/cambrian/api/Range.class"));
                    range.transferTo(jarOut);
                    jarOut.closeEntry();
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ backends

    /**
     * A correct backend: time = FLOP / (1e18 FLOP/s x efficiency), 1 MW while it runs, N devices,
     * a fixed procurement line and a training phase.
     */
    static class SoundBackend implements HardwareBackend {
        static final String SOURCE = "TckSelfTest (test fixture)";

        @Override
        public BackendInfo info() {
            return new BackendInfo(id(), "TCK fixture " + id(), Category.OTHER, 5, "a test fixture", List.of(SOURCE));
        }

        String id() {
            return "tck-sound";
        }

        @Override
        public ParameterSpace parameters() {
            return new ParameterSpace(parameterList(), profiles());
        }

        List<Parameter> parameterList() {
            return List.of(
                    Parameter.count("devices", "devices", 1000, "devices running the job", SOURCE),
                    Parameter.uncertain("efficiency", "1", new Range(0.5, 0.8, 1.0), "fraction of 1e18 FLOP/s sustained", SOURCE));
        }

        List<Profile> profiles() {
            return List.of(
                    new Profile(Profile.CURRENT, "defaults", Map.of(), SOURCE),
                    new Profile(Profile.ENHANCED, "better", Map.of("efficiency", Range.of(0.95)), SOURCE));
        }

        double seconds(ModelInput in) {
            return in.workload().trainingFlop() / (1e18 * in.parameter("efficiency"));
        }

        @Override
        public SpeedupModel speedup() {
            return in -> TimeEstimate.split(seconds(in), in.workload().mix(), List.of(), List.of());
        }

        @Override
        public EnergyModel energy() {
            return (in, time) -> EnergyEstimate.proportionalTo(time, 1e6 * time.trainingSeconds(), List.of(), List.of());
        }

        @Override
        public HardwareModel hardware() {
            return new HardwareModel() {
                @Override
                public HardwareEstimate estimate(ModelInput in, TimeEstimate time) {
                    double n = in.parameter("devices");
                    double hours = n * Units.hours(time.trainingSeconds());
                    return new HardwareEstimate(List.of(new DeviceCount("tck device", n, hours)), 2 * hours, 0, List.of(), List.of());
                }

                @Override
                public Optional<String> deviceCountParameter() {
                    return Optional.of("devices");
                }
            };
        }

        @Override
        public FabInvestmentModel fabInvestment() {
            return in -> new FabInvestment(List.of(new InvestmentLine("procurement", Range.of(1e6), false, SOURCE)), null, List.of());
        }

        @Override
        public TimelineModel timeline() {
            return (in, time) -> new Timeline(List.of(new Phase("training", 0, Units.months(time.trainingSeconds()))), List.of());
        }
    }

    /** A formula evaluated outside its domain: sqrt of a negative number is NaN. */
    /** A correct technology on the relative kit: twice to four times faster on dense matmul, with its headline claims. */
    static class SoundRelativeBackend extends RelativeBackend {
        SoundRelativeBackend() {
            super(describe());
        }

        private static TechnologySpec describe() {
            String source = SoundBackend.SOURCE;
            Map<OperationClass, ClassFigure> classes = Map.of(OperationClass.DENSE_MATMUL,
                    new ClassFigure(Range.of(0.9), new Range(2, 3, 4), new Range(2, 3, 5), source));
            return new TechnologySpec(new BackendInfo("tck-relative", "TCK fixture tck-relative", Category.OTHER, 4,
                    "a test fixture", List.of(source)), "tck-relative unit", false, classes,
                    RelativeParameters.builder()
                            .headline(new Range(2, 3, 6), new Range(2, 3, 5), source)
                            .classes(classes)
                            .units(Range.of(1000), source)
                            .unitPrice(new Range(10_000, 20_000, 30_000), source)
                            .embodiedCarbon(new Range(100, 200, 400), source)
                            .premium(Range.of(0), source)
                            .conversionOverhead(new Range(0.1, 0.2, 0.4), source)
                            .coolingOverhead(Range.of(0), source)
                            .build(),
                    List.of(),
                    List.of(new Profile(Profile.CURRENT, "today", Map.of(), source),
                            new Profile(Profile.ENHANCED, "next", Map.of(RelativeParameters.SPEEDUP, new Range(4, 6, 10)), source)),
                    new Programme(List.of(new InvestmentLine("units", Range.of(1e7, 2e7), false, source)), null,
                            List.of(new Programme.Step("delivery", 6)), source),
                    List.of());
        }
    }

    /** A time estimate with every time in it multiplied by {@code factor}: how the fixtures below read a parameter. */
    static TimeEstimate scaled(TimeEstimate t, double factor) {
        Map<OperationClass, Double> byClass = new java.util.EnumMap<>(OperationClass.class);
        t.secondsByClass().forEach((c, v) -> byClass.put(c, v * factor));
        return new TimeEstimate(t.trainingSeconds() * factor, byClass, t.overheadSeconds() * factor, t.derivation(), t.warnings());
    }

    /** Its class-by-class time also divides by the headline speedup over its nominal: a range the host no longer samples. */
    static class HeadlineReadingBackend extends SoundRelativeBackend {
        @Override
        public SpeedupModel speedup() {
            SpeedupModel kit = super.speedup();
            return in -> {
                TimeEstimate t = kit.estimate(in);
                double factor = RelativeParameters.seedArithmeticOn(in.parameter(RelativeParameters.SEED_ARITHMETIC)) ? 1
                        : in.parameter(RelativeParameters.SPEEDUP) / 3;
                return scaled(t, 1 / factor);
            };
        }
    }

    /** The absolute kit on a made-up device with published figures of its own. */
    static class SoundAbsoluteBackend extends dev.cambrian.api.absolute.AbsoluteBackend {
        SoundAbsoluteBackend() {
            super(dev.cambrian.api.absolute.DeviceSpec.builder("tck-absolute").names("TCK absolute cluster", "TCK absolute", "chip")
                    .category(Category.ACCELERATOR).peak(dev.cambrian.api.absolute.Precision.BF16, 1e15, "test")
                    .peak(dev.cambrian.api.absolute.Precision.FP8, 2e15, "test").memory(80e9, "test").scaleOut(50e9, "test")
                    .tdp(700, "test").allInPower(700, 1000, 1200, "test").rental(1, 2, 3, "test").purchase(1, 2, 3, "test")
                    .firstAvailable(2020, 1, "test").runsPublished("test").build());
        }
    }

    /** Its time also scales with mfu-residual while the utilization is set: a range the host does not sample then. */
    static class ResidualReadingBackend extends SoundAbsoluteBackend {
        @Override
        public SpeedupModel speedup() {
            SpeedupModel kit = super.speedup();
            return in -> {
                TimeEstimate t = kit.estimate(in);
                double factor = dev.cambrian.api.absolute.AbsoluteParameters.utilizationSet(
                        in.parameter(dev.cambrian.api.absolute.AbsoluteParameters.UTILIZATION))
                        ? in.parameter(dev.cambrian.api.absolute.AbsoluteParameters.MFU_RESIDUAL) : 1;
                return scaled(t, 1 / factor);
            };
        }
    }

    /** Its plan-mode time also scales with the utilization: a parameter the host does not sample in plan mode. */
    static class PlanReadingBackend extends SoundAbsoluteBackend {
        @Override
        public SpeedupModel speedup() {
            SpeedupModel kit = super.speedup();
            return in -> {
                TimeEstimate t = kit.estimate(in);
                double factor = dev.cambrian.api.absolute.AbsoluteParameters.planModeOn(
                        in.parameter(dev.cambrian.api.absolute.AbsoluteParameters.PLAN_MODE))
                        ? 1 + in.parameter(dev.cambrian.api.absolute.AbsoluteParameters.UTILIZATION) : 1;
                return scaled(t, factor);
            };
        }
    }

    static class NanTimeBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            return in.workload().trainingFlop() / 1e18 * Math.sqrt(in.parameter("efficiency") - 2);
        }
    }

    /** A vectorised batch whose arithmetic lets NaN out (the array is not validated like a record). */
    static class NanBatchBackend extends SoundBackend {
        @Override
        public SpeedupModel speedup() {
            SpeedupModel scalar = super.speedup();
            return new SpeedupModel() {
                @Override
                public TimeEstimate estimate(ModelInput input) {
                    return scalar.estimate(input);
                }

                @Override
                public void trainingSeconds(ModelBatch batch, double[] seconds) {
                    Arrays.fill(seconds, Double.NaN);
                }
            };
        }
    }

    /** Only the {@code current} profile. */
    static class NoEnhancedProfileBackend extends SoundBackend {
        @Override
        List<Profile> profiles() {
            return List.of(new Profile(Profile.CURRENT, "defaults", Map.of(), SOURCE));
        }
    }

    /** A model that is not total: it gives up on dense workloads (gpt-3 and dense-1t among the presets). */
    static class ThrowsOnDenseBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            if (in.workload().architecture() == Architecture.DENSE_TRANSFORMER) {
                throw new IllegalStateException("no model for dense transformers");
            }
            return super.seconds(in);
        }
    }

    /** A ratio written upside down: more FLOP, less time (finite and positive, so only monotonicity catches it). */
    static class InvertedTimeBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            return 1e45 / (in.workload().trainingFlop() * in.parameter("efficiency"));
        }
    }

    /** A parameter that is not a physical magnitude: its range goes below zero. */
    static class NegativeParameterBackend extends SoundBackend {
        @Override
        List<Parameter> parameterList() {
            List<Parameter> p = new java.util.ArrayList<>(super.parameterList());
            p.add(Parameter.uncertain("temperature-offset", "K", new Range(-5, 0, 5), "an offset, not a magnitude", SOURCE));
            return p;
        }
    }

    /** A vectorised batch that forgets the efficiency the scalar model divides by. */
    static class WrongBatchBackend extends SoundBackend {
        @Override
        public SpeedupModel speedup() {
            SpeedupModel scalar = super.speedup();
            return new SpeedupModel() {
                @Override
                public TimeEstimate estimate(ModelInput input) {
                    return scalar.estimate(input);
                }

                @Override
                public void trainingSeconds(ModelBatch batch, double[] seconds) {
                    Arrays.fill(seconds, batch.template().workload().trainingFlop() / 1e18);
                }
            };
        }
    }

    /** Batch device-hours of one device, not of all N: the costs agree, only embodied carbon would be wrong. */
    static class WrongDeviceHoursBackend extends SoundBackend {
        @Override
        public HardwareModel hardware() {
            HardwareModel scalar = super.hardware();
            return new HardwareModel() {
                @Override
                public HardwareEstimate estimate(ModelInput input, TimeEstimate time) {
                    return scalar.estimate(input, time);
                }

                @Override
                public Map<String, double[]> deviceHours(ModelBatch batch, double[] seconds) {
                    double[] hours = new double[batch.size()];
                    for (int i = 0; i < hours.length; i++) {
                        hours[i] = Units.hours(seconds[i]);
                    }
                    return Map.of("tck device", hours);
                }

                @Override
                public Optional<String> deviceCountParameter() {
                    return scalar.deviceCountParameter();
                }
            };
        }
    }

    /** Batch device-hours of 0, not NaN, on the sample whose baseline has no valid answer; right on every other. */
    static class DeviceHoursWithoutAnAnswerBackend extends BaselineCheckingBackend {
        @Override
        public HardwareModel hardware() {
            HardwareModel scalar = super.hardware();
            return new HardwareModel() {
                @Override
                public HardwareEstimate estimate(ModelInput input, TimeEstimate time) {
                    return scalar.estimate(input, time);
                }

                @Override
                public Map<String, double[]> deviceHours(ModelBatch batch, double[] seconds) {
                    Map<String, double[]> out = scalar.deviceHours(batch, seconds);
                    for (double[] column : out.values()) {
                        for (int i = 0; i < column.length; i++) {
                            if (Double.isNaN(column[i])) {
                                column[i] = 0;
                            }
                        }
                    }
                    return out;
                }

                @Override
                public Optional<String> deviceCountParameter() {
                    return scalar.deviceCountParameter();
                }
            };
        }
    }

    /** Keeps the workload of the call in progress in a field: right alone, wrong when calls overlap. */
    static class StatefulBackend extends SoundBackend {
        private volatile double flop;

        @Override
        double seconds(ModelInput in) {
            flop = in.workload().trainingFlop();
            try {
                Thread.sleep(1); // another call now overwrites the field
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return flop / (1e18 * in.parameter("efficiency"));
        }
    }

    /** Cuts a corner when it thinks nobody looks: faster when its derivation is not wanted. */
    static class ExplainDependentBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            return super.seconds(in) * (in.explain() ? 1 : 0.5);
        }
    }

    /** Hidden state: each evaluation jitters the time by up to 1%. */
    static class RandomTimeBackend extends SoundBackend {
        private static final java.util.Random RANDOM = new java.util.Random();

        @Override
        double seconds(ModelInput in) {
            return super.seconds(in) * (1 + 0.01 * RANDOM.nextDouble() + 1e-6);
        }
    }

    /** Never returns: waits for a signal that never comes (until the TCK interrupts it). */
    static class HangingBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        }
    }

    /** Progress on stdout, where the host's report goes. */
    static class StdoutBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            System.out.println("estimating...");
            return super.seconds(in);
        }
    }

    /** A warning on stderr instead of in its estimate's warnings. */
    static class StderrBackend extends SoundBackend {
        @Override
        public ParameterSpace parameters() {
            System.err.println("tck-sound: efficiency is a guess");
            return super.parameters();
        }
    }

    /** Gives up by ending the process. */
    static class ExitBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            System.exit(3);
            return super.seconds(in);
        }
    }

    /** Gives up harder. */
    static class HaltBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            Runtime.getRuntime().halt(4);
            return super.seconds(in);
        }
    }

    /** Tries to end the process and hides the refusal. */
    static class SwallowedExitBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            try {
                System.exit(5);
            } catch (SecurityException refused) {
                // carries on as if nothing happened
            }
            return super.seconds(in);
        }
    }

    /** Cleans up at exit: code that runs when the host is done. */
    static class ShutdownHookBackend extends SoundBackend {
        @Override
        double seconds(ModelInput in) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> { }));
            return super.seconds(in);
        }
    }

    /** Starts a worker thread (not a daemon) that outlives the call; once per instance. */
    static class StrayThreadBackend extends SoundBackend {
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

        @Override
        public ParameterSpace parameters() {
            if (started.compareAndSet(false, true)) {
                Thread worker = new Thread(() -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "tck-stray");
                worker.setDaemon(false);
                worker.start();
            }
            return super.parameters();
        }
    }

    /** While leaking, starts 200 threads (not daemons) per call that wait for the self-test to release them. */
    static class ManyStrayThreadsBackend extends SoundBackend {
        static volatile boolean leaking;
        static volatile java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(0);
        private static final java.util.concurrent.atomic.AtomicInteger STARTED = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        double seconds(ModelInput in) {
            java.util.concurrent.CountDownLatch latch = release;
            for (int i = 0; leaking && i < 200; i++) {
                Thread worker = new Thread(() -> {
                    try {
                        latch.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "tck-leak-" + STARTED.incrementAndGet());
                worker.setDaemon(false);
                worker.start();
            }
            return super.seconds(in);
        }
    }

    /** Does something to the process on every call to its time model; the host's sandbox refuses it each time. */
    static class MisbehavingBackend extends SoundBackend {
        private final Runnable misdeed;

        MisbehavingBackend(Runnable misdeed) {
            this.misdeed = misdeed;
        }

        @Override
        double seconds(ModelInput in) {
            misdeed.run();
            return super.seconds(in);
        }
    }

    /** The real baseline's id, as the reference names it. */
    static final String TRACKED_BASELINE = "tck-tracked-baseline";

    /** A baseline backend of its own (the sound fixture under another id). */
    static class TrackedBaseline extends SoundBackend {
        @Override
        String id() {
            return TRACKED_BASELINE;
        }
    }

    /** Insists on being measured against the tracked baseline: proves which reference the contract used. */
    static class BaselineCheckingBackend extends SoundBackend {
        @Override
        String id() {
            return "tck-relative";
        }

        @Override
        double seconds(ModelInput in) {
            if (in.reference().isEmpty()) {
                // a batch sample whose baseline has no valid answer: none here either, as in the relative kit
                throw new dev.cambrian.api.InfeasibleException("no baseline in this sample");
            }
            String against = in.reference().get().backendId();
            if (!against.equals(TRACKED_BASELINE)) {
                throw new IllegalStateException("measured against " + against + ", not " + TRACKED_BASELINE);
            }
            return super.seconds(in);
        }
    }

    /** No descriptor at all. */
    static class NullInfoBackend extends SoundBackend {
        @Override
        public BackendInfo info() {
            return null;
        }
    }

    /** A descriptor that changes between calls (a counter in its description). */
    static class UnstableInfoBackend extends SoundBackend {
        private int calls;

        @Override
        public synchronized BackendInfo info() {
            calls++;
            return new BackendInfo(id(), "TCK fixture", Category.OTHER, 5, "call " + calls, List.of(SOURCE));
        }
    }
}
