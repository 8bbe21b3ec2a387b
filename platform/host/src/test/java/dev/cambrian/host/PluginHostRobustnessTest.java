package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.workload.WorkloadCatalog;
import dev.cambrian.engine.workload.WorkloadResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;

/**
 * The robustness contract (docs/architecture.md §5), against real plugin jars built at test time: every faulty
 * file or backend is reported by name, and a good plugin in the same folder still loads and its
 * backend still estimates.
 */
class PluginHostRobustnessTest {
    private static final String API = dev.cambrian.api.ApiVersion.current();
    /** What the host suggests a plugin declare: this minor release at patch 0. */
    private static final String FLOOR = API.replaceAll("\\.\\d+$", ".0"); // 1.4.1 -> 1.4.0, worked out apart from the code

    static final Scenario DEFAULT = BuiltInScenarios.named("default").orElseThrow();
    static final Workload GPT3 = WorkloadResolver.resolve(WorkloadCatalog.preset("gpt-3").orElseThrow());
    static final Duration SHORT = Duration.ofMillis(500);
    /** A test with a plugin that never returns fails after this, rather than hanging the build, if a call escapes the guard. */
    static final long HANG_TEST_SECONDS = 60;

    static final String GOOD_PLUGIN = "good-plugin";
    static final TestBackendSource GOOD = TestBackendSource.of("test.good", "GoodBackend", "good-backend");

    @TempDir
    Path plugins;

    private final Guard guard = new Guard(Guard.DEFAULT_TIMEOUT);

    @AfterEach
    void closeGuard() {
        guard.close();
    }

    // --- 1. no descriptor --------------------------------------------------------------------------

    @Test
    void aJarWithoutADescriptorIsReportedByFileName() {
        addGoodPlugin();
        TestPluginBuilder.plugin("anonymous").withoutDescriptor().fileName("anonymous.jar")
                .backend(TestBackendSource.of("test.anon", "AnonBackend", "anon-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "anonymous.jar", "anonymous.jar",
                "no plugin descriptor: MANIFEST.MF has no Plugin-Id (is this a PF4J plugin jar?)");
        assertThat(report.backend("anon-backend")).isEmpty();
        assertGoodPluginStillWorks(report);
    }

    // --- 2. wrong API version -------------------------------------------------------------------------

    @Test
    void aPluginRequiringAnotherApiVersionIsReportedWithBothVersions() {
        addGoodPlugin();
        TestPluginBuilder.plugin("future-plugin").requires(">=9.0.0")
                .backend(TestBackendSource.of("test.future", "FutureBackend", "future-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "future-plugin", "future-plugin-1.0.0.jar",
                "requires API '>=9.0.0' but this host provides " + API);
        assertThat(report.backend("future-backend")).isEmpty();
        assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly(GOOD_PLUGIN);
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aPluginForTheNextMajorVersionIsRejectedToo() {
        addGoodPlugin();
        TestPluginBuilder.plugin("next-major").requires(">=2.0.0 & <3.0.0")
                .backend(TestBackendSource.of("test.next", "NextBackend", "next-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "next-major", "next-major-1.0.0.jar",
                "requires API '>=2.0.0 & <3.0.0' but this host provides " + API);
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aPluginThatDeclaresNoPluginRequiresIsRejectedSayingWhatToAdd() {
        addGoodPlugin();
        TestPluginBuilder.plugin("unversioned-plugin").requires(null)
                .backend(TestBackendSource.of("test.unversioned", "UnversionedBackend", "unversioned-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        // PF4J alone would accept it for any API version, 2.0.0 and later included
        assertOnlyProblem(report, "unversioned-plugin", "unversioned-plugin-1.0.0.jar", "declares no Plugin-Requires;"
                + " add Plugin-Requires: >=" + FLOOR + " & <2.0.0 (the API versions it was built for) to its MANIFEST.MF");
        assertThat(report.backend("unversioned-backend")).isEmpty();
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aFileNameWithControlCharactersIsReportedOnOneLineWithoutThem() {
        addGoodPlugin();
        // an escape sequence and a line break in a file name recoloured the terminal and split the warning in two
        TestPluginBuilder.plugin("odd").withoutDescriptor().fileName("evil\u001b[31mRED\nline2.jar").buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("evil\\u001b[31mRED\\u000aline2.jar");
            assertThat(p.toString()).doesNotContain("\n", "\u001b");
        });
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aPluginThatDependsOnAnotherIsRejectedSayingWhy() {
        addGoodPlugin();
        TestPluginBuilder.plugin("dependent-plugin").dependencies("nothere@>=1.0")
                .backend(TestBackendSource.of("test.dependent", "DependentBackend", "dependent-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        // PF4J left it unresolved and the host read a null wrapper: "could not be loaded: NullPointerException"
        assertOnlyProblem(report, "dependent-plugin", "dependent-plugin-1.0.0.jar", "declares Plugin-Dependencies"
                + " (nothere@>=1.0), but this host loads every plugin on its own: bundle what it needs in the jar, or name"
                + " jars in its manifest Class-Path");
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aBlankOrWildcardPluginRequiresIsRejectedToo() {
        addGoodPlugin();
        TestPluginBuilder.plugin("blank-requires").requires("  ")
                .backend(TestBackendSource.of("test.blank", "BlankBackend", "blank-backend")).buildInto(plugins);
        TestPluginBuilder.plugin("star-requires").requires("*")
                .backend(TestBackendSource.of("test.star", "StarBackend", "star-backend")).buildInto(plugins);
        TestPluginBuilder.plugin("open-ended").requires(">=1.0.0")
                .backend(TestBackendSource.of("test.open", "OpenBackend", "open-backend")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).containsExactly(
                new PluginProblem("blank-requires", "blank-requires-1.0.0.jar", "declares no Plugin-Requires;"
                        + " add Plugin-Requires: >=" + FLOOR + " & <2.0.0 (the API versions it was built for) to its MANIFEST.MF"),
                new PluginProblem("open-ended", "open-ended-1.0.0.jar", "declares Plugin-Requires: >=1.0.0, which also"
                        + " accepts API 2.0.0 (a major version may break it); set Plugin-Requires: >=" + FLOOR + " & <2.0.0 (the API"
                        + " versions it was built for) in its MANIFEST.MF"),
                new PluginProblem("star-requires", "star-requires-1.0.0.jar", "declares Plugin-Requires: * (any API version);"
                        + " set Plugin-Requires: >=" + FLOOR + " & <2.0.0 (the API versions it was built for) in its MANIFEST.MF"));
        assertGoodPluginStillWorks(report);
    }

    // --- 3. a model that throws ---------------------------------------------------------------------

    @Test
    void aModelThatThrowsIsAFailureNamingThePlugin() {
        addGoodPlugin();
        TestPluginBuilder.plugin("throwing-plugin")
                .backend(TestBackendSource.of("test.throwing", "ThrowingBackend", "throwing-backend")
                        .modelThrows("new IllegalStateException(\"the model broke\")"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);
        assertThat(report.problems()).as("it loads fine; it breaks when called").isEmpty();

        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(report.backends());

        assertThat(outcome.failures()).containsExactly(
                "plugin throwing-plugin, backend throwing-backend: estimate failed: IllegalStateException: the model broke");
        assertThat(outcome.infeasible()).isEmpty();
        assertGoodEstimate(outcome);
    }

    // --- 4. a model that produces NaN -------------------------------------------------------------------

    @Test
    void aModelThatProducesNaNIsAFailureNamingThePlugin() {
        addGoodPlugin();
        TestPluginBuilder.plugin("nan-plugin")
                .backend(TestBackendSource.of("test.nan", "NanBackend", "nan-backend").trainingSeconds("0.0 / 0.0"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);
        assertThat(report.problems()).isEmpty();

        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(report.backends());

        assertThat(outcome.failures()).containsExactly("plugin nan-plugin, backend nan-backend: estimate failed:"
                + " invalid result: trainingSeconds must be a finite number, got NaN");
        assertGoodEstimate(outcome);
    }

    @Test
    void aModelThatProducesInfinityOrANegativeTimeIsAFailureToo() {
        addGoodPlugin();
        TestPluginBuilder.plugin("infinite-plugin")
                .backend(TestBackendSource.of("test.inf", "InfiniteBackend", "infinite-backend").trainingSeconds("1.0 / 0.0"))
                .buildInto(plugins);
        TestPluginBuilder.plugin("negative-plugin")
                .backend(TestBackendSource.of("test.neg", "NegativeBackend", "negative-backend").trainingSeconds("-1.0"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);
        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(report.backends());

        assertThat(outcome.failures()).containsExactlyInAnyOrder(
                "plugin infinite-plugin, backend infinite-backend: estimate failed: invalid result:"
                        + " trainingSeconds must be a finite number, got Infinity",
                "plugin negative-plugin, backend negative-backend: estimate failed: invalid result:"
                        + " trainingSeconds must be positive, got -1.0");
        assertGoodEstimate(outcome);
    }

    // --- 5. bundles the api or PF4J -------------------------------------------------------------------

    @Test
    void aPluginThatBundlesTheApiIsRejectedAtLoadPointingAtProvidedScope() {
        addGoodPlugin();
        TestPluginBuilder.plugin("bundling-plugin")
                .backend(TestBackendSource.of("test.bundling", "BundlingBackend", "bundling-backend"))
                .bundle(Range.class)
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "bundling-plugin", "bundling-plugin-1.0.0.jar",
                "bundles host classes (dev/cambrian/api/Range.class): declare cambrian-api and pf4j with <scope>provided</scope>");
        assertThat(report.backend("bundling-backend")).isEmpty();
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aPluginThatBundlesPf4jIsRejectedToo() {
        addGoodPlugin();
        TestPluginBuilder.plugin("pf4j-bundler")
                .backend(TestBackendSource.of("test.pf4j", "Pf4jBackend", "pf4j-backend"))
                .bundle(Extension.class)
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "pf4j-bundler", "pf4j-bundler-1.0.0.jar",
                "bundles host classes (org/pf4j/Extension.class): declare cambrian-api and pf4j with <scope>provided</scope>");
        assertGoodPluginStillWorks(report);
    }

    // --- 6. duplicate backend id ------------------------------------------------------------------------

    @Test
    void aSecondPluginWithTheSameBackendIdIsRejectedNamingBoth() {
        addGoodPlugin();
        TestPluginBuilder.plugin("alpha-plugin")
                .backend(TestBackendSource.of("test.alpha", "AlphaBackend", "shared-backend"))
                .buildInto(plugins);
        TestPluginBuilder.plugin("beta-plugin")
                .backend(TestBackendSource.of("test.beta", "BetaBackend", "shared-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "beta-plugin", "beta-plugin-1.0.0.jar",
                "backend id 'shared-backend' is already provided by plugin alpha-plugin; this one is rejected");
        assertThat(report.backends()).filteredOn(b -> b.id().equals("shared-backend"))
                .singleElement().satisfies(b -> {
                    assertThat(b.pluginId()).isEqualTo("alpha-plugin");
                    assertThat(b.backend().getClass().getName()).isEqualTo("test.alpha.AlphaBackend");
                });
        // left with no backend, it is a failed plugin only, not also a loaded one with none
        assertThat(report.plugins()).extracting(LoadedPlugin::id).doesNotContain("beta-plugin");
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aSecondJarWithTheSamePluginIdIsRejectedAndTheFirstKeepsWorking() {
        addGoodPlugin();
        TestPluginBuilder.plugin("twin").version("1.0.0")
                .backend(TestBackendSource.of("test.twin.one", "TwinBackend", "twin-one")
                        // loaded on the first estimate only: it fails if the plugin's class loader was closed
                        .member("private static final class Lazy { static double factor() { return 1.0; } }")
                        .trainingSeconds("in.workload().trainingFlop() / (in.parameter(\"devices\") * 1.0e15) * Lazy.factor()"))
                .buildInto(plugins);
        TestPluginBuilder.plugin("twin").version("1.1.0")
                .backend(TestBackendSource.of("test.twin.two", "TwinBackend", "twin-two"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "twin", "twin-1.1.0.jar",
                "plugin id 'twin' is already used by twin-1.0.0.jar; this one is rejected");
        assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactlyInAnyOrder(GOOD_PLUGIN, "twin");
        assertThat(report.backend("twin-two")).isEmpty();
        LoadedBackend first = report.backend("twin-one").orElseThrow();
        assertThat(first.file().getFileName().toString()).isEqualTo("twin-1.0.0.jar");
        // the first twin was not unloaded along the way: its classes still load and it still estimates
        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(List.of(first));
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.estimates()).singleElement()
                .satisfies(e -> assertThat(e.trainingSeconds().nominal()).isCloseTo(expectedSeconds(), within(1e-6 * expectedSeconds())));
        assertGoodPluginStillWorks(report);
    }

    // --- 7. corrupt archives ----------------------------------------------------------------------------

    @Test
    void randomBytesNamedLikeAJarAreReportedAsCorrupt() throws IOException {
        addGoodPlugin();
        byte[] noise = new byte[4096];
        new Random(20240607L).nextBytes(noise);
        Files.write(plugins.resolve("x.jar"), noise);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.plugin()).isEqualTo("x.jar");
            assertThat(p.file()).isEqualTo("x.jar");
            assertThat(p.message()).startsWith("corrupt or unreadable archive: ");
        });
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aTruncatedOrEmptyJarIsReportedAsCorrupt() throws IOException {
        Path good = addGoodPlugin();
        byte[] whole = Files.readAllBytes(good);
        Files.write(plugins.resolve("truncated.jar"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(plugins.resolve("empty.jar"), new byte[0]);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).hasSize(2).allSatisfy(p -> {
            assertThat(p.plugin()).isEqualTo(p.file());
            assertThat(p.message()).startsWith("corrupt or unreadable archive: ");
        });
        assertThat(report.problems()).extracting(PluginProblem::file).containsExactly("empty.jar", "truncated.jar");
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aJarWithACorruptClassFileIsReported() {
        addGoodPlugin();
        TestBackendSource backend = TestBackendSource.of("test.garbled", "GarbledBackend", "garbled-backend");
        TestPluginBuilder.plugin("garbled-plugin")
                .backend(backend)
                .omit(backend.className())
                .entry("test/garbled/GarbledBackend.class", "not a class file".getBytes(StandardCharsets.UTF_8))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.plugin()).isEqualTo("garbled-plugin");
            assertThat(p.message()).contains("ClassFormatError");
        });
        assertThat(report.backend("garbled-backend")).isEmpty();
        assertGoodPluginStillWorks(report);
    }

    // --- 8. a model that never returns -------------------------------------------------------------------

    @Test
    @Timeout(value = HANG_TEST_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aModelThatNeverReturnsTimesOutAndTheOthersStillComplete() {
        addGoodPlugin();
        TestPluginBuilder.plugin("hanging-plugin")
                .backend(TestBackendSource.of("test.hanging", "HangingBackend", "hanging-backend").modelHangs())
                .buildInto(plugins);

        try (Guard shortGuard = new Guard(SHORT)) {
            LoadReport report = PluginHost.load(plugins, shortGuard);
            assertThat(report.problems()).isEmpty();
            LoadedBackend hanging = report.backend("hanging-backend").orElseThrow();
            LoadedBackend good = report.backend(GOOD.backendId()).orElseThrow();

            long start = System.nanoTime();
            Evaluation.Outcome outcome = new Evaluation(shortGuard, DEFAULT, GPT3, report.backends())
                    .estimateAll(List.of(hanging, good)); // the hang first: the good one must not wait behind it
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(outcome.failures()).containsExactly(
                    "plugin hanging-plugin, backend hanging-backend: estimate did not return within 500 ms");
            assertGoodEstimate(outcome);
            assertThat(elapsedMs).as("one timeout, not a hang").isLessThan(10_000L);
        }
    }

    @Test
    @Timeout(value = HANG_TEST_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBackendWhoseConstructorNeverReturnsIsReportedAtLoad() {
        addGoodPlugin();
        TestPluginBuilder.plugin("stuck-plugin")
                .backend(TestBackendSource.of("test.stuck", "StuckBackend", "stuck-backend")
                        .member("private static void hang() { " + TestBackendSource.HANG_IGNORING_INTERRUPTS + " }")
                        .constructor("hang();"))
                .buildInto(plugins);

        try (Guard shortGuard = new Guard(SHORT)) {
            LoadReport report = PluginHost.load(plugins, shortGuard);

            assertOnlyProblem(report, "stuck-plugin", "stuck-plugin-1.0.0.jar",
                    "plugin stuck-plugin, backend StuckBackend: creating test.stuck.StuckBackend did not return within 500 ms");
            assertThat(report.backend("stuck-backend")).isEmpty();
            assertGoodPluginStillWorks(report, shortGuard);
        }
    }

    // --- 9. Errors in the constructor or info() -------------------------------------------------------

    @Test
    void aConstructorThatThrowsNoClassDefFoundErrorIsReported() {
        addGoodPlugin();
        TestPluginBuilder.plugin("ctor-error-plugin")
                .backend(TestBackendSource.of("test.ctor", "CtorBackend", "ctor-backend")
                        .constructorThrows("new NoClassDefFoundError(\"com/example/native/Driver\")"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "ctor-error-plugin", "ctor-error-plugin-1.0.0.jar",
                "plugin ctor-error-plugin, backend CtorBackend: creating test.ctor.CtorBackend failed:"
                        + " linkage error (a class missing from the plugin, or the api bundled in it?) NoClassDefFoundError: com/example/native/Driver");
        assertThat(report.backend("ctor-backend")).isEmpty();
        assertGoodPluginStillWorks(report);
    }

    @Test
    void anInfoThatThrowsALinkageErrorIsReported() {
        addGoodPlugin();
        TestPluginBuilder.plugin("info-error-plugin")
                .backend(TestBackendSource.of("test.info", "InfoBackend", "info-backend")
                        .infoThrows("new LinkageError(\"loader constraint violation\")"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "info-error-plugin", "info-error-plugin-1.0.0.jar",
                "plugin info-error-plugin, backend InfoBackend: info() failed:"
                        + " linkage error (a class missing from the plugin, or the api bundled in it?) LinkageError: loader constraint violation");
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aBackendUsingAClassMissingFromItsJarIsReportedNamingTheClass() {
        addGoodPlugin();
        TestPluginBuilder.plugin("missing-class-plugin")
                .source("test.missing.Helper", "package test.missing; public final class Helper { }")
                .omit("test.missing.Helper")
                .backend(TestBackendSource.of("test.missing", "MissingBackend", "missing-backend")
                        .member("private final Object helper;")
                        .constructor("helper = new Helper();"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.plugin()).isEqualTo("missing-class-plugin");
            assertThat(p.message()).contains("NoClassDefFoundError", "test/missing/Helper");
        });
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aBackendWhoseSuperclassIsMissingFromItsJarIsReportedNamingTheClass() {
        addGoodPlugin();
        TestBackendSource orphan = TestBackendSource.of("test.orphan", "OrphanBackend", "orphan-backend");
        String source = orphan.source().replace("public final class OrphanBackend implements",
                "public final class OrphanBackend extends Base implements");
        TestPluginBuilder.plugin("orphan-plugin")
                .source("test.orphan.Base", "package test.orphan; public abstract class Base { }")
                .omit("test.orphan.Base")
                .source(orphan.className(), source)
                .extension(orphan.className())
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.plugin()).isEqualTo("orphan-plugin");
            assertThat(p.message()).contains("test.orphan.OrphanBackend", "NoClassDefFoundError", "test/orphan/Base");
        });
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aBackendWhoseStaticInitializerThrowsIsReportedWithTheCause() {
        addGoodPlugin();
        TestPluginBuilder.plugin("static-init-plugin")
                .backend(TestBackendSource.of("test.statics", "StaticsBackend", "statics-backend")
                        .member("private static final int LIMIT = Integer.parseInt(\"not a number\");"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.plugin()).isEqualTo("static-init-plugin");
            assertThat(p.message()).contains("ExceptionInInitializerError", "NumberFormatException", "not a number");
        });
        assertGoodPluginStillWorks(report);
    }

    @Test
    void oneBackendThatCannotLoadIsReportedWhileItsSiblingInTheSamePluginLoads() {
        addGoodPlugin();
        TestBackendSource broken = TestBackendSource.of("test.pair", "BrokenBackend", "broken-backend");
        TestPluginBuilder.plugin("pair-plugin")
                .backend(TestBackendSource.of("test.pair", "FineBackend", "fine-backend"))
                .source("test.pair.Base", "package test.pair; public abstract class Base { }")
                .omit("test.pair.Base")
                .source(broken.className(), broken.source().replace("public final class BrokenBackend implements",
                        "public final class BrokenBackend extends Base implements"))
                .extension(broken.className())
                .extension("test.pair.NotThere")
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).hasSize(2).allSatisfy(p -> {
            assertThat(p.plugin()).isEqualTo("pair-plugin");
            assertThat(p.file()).isEqualTo("pair-plugin-1.0.0.jar");
        });
        assertThat(report.problems().get(0).message()).contains("test.pair.BrokenBackend", "NoClassDefFoundError", "test/pair/Base");
        assertThat(report.problems().get(1).message()).contains("test.pair.NotThere", "not in the jar");
        assertThat(report.plugins()).filteredOn(p -> p.id().equals("pair-plugin")).singleElement()
                .satisfies(p -> assertThat(p.backendIds()).containsExactly("fine-backend"));
        assertGoodPluginStillWorks(report);
    }

    @Test
    void anIndexEntryThatIsNotAHardwareBackendIsReported() {
        addGoodPlugin();
        TestPluginBuilder.plugin("odd-index-plugin")
                .backend(TestBackendSource.of("test.odd", "OddBackend", "odd-backend"))
                .source("test.odd.Helper", "package test.odd; public final class Helper { }")
                .extension("test.odd.Helper")
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "odd-index-plugin", "odd-index-plugin-1.0.0.jar",
                "extension index lists test.odd.Helper, which is not a HardwareBackend");
        assertThat(report.backend("odd-backend")).isPresent();
        assertGoodPluginStillWorks(report);
    }

    // --- the plugin class (Plugin-Class) ------------------------------------------------------------------

    @Test
    void aPluginWhoseStartThrowsIsReported() {
        addGoodPlugin();
        TestPluginBuilder.plugin("unstartable-plugin")
                .pluginClass("test.unstartable.UnstartablePlugin")
                .source("test.unstartable.UnstartablePlugin", """
                        package test.unstartable;
                        public class UnstartablePlugin extends org.pf4j.Plugin {
                            @Override
                            public void start() {
                                throw new IllegalStateException("licence server unreachable");
                            }
                        }
                        """)
                .backend(TestBackendSource.of("test.unstartable", "UnstartableBackend", "unstartable-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertOnlyProblem(report, "unstartable-plugin", "unstartable-plugin-1.0.0.jar",
                "did not start (IllegalStateException: licence server unreachable)");
        assertThat(report.backend("unstartable-backend")).isEmpty();
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aPluginClassWhoseConstructorThrowsIsReportedWithTheCause() {
        addGoodPlugin();
        TestPluginBuilder.plugin("broken-class-plugin")
                .pluginClass("test.brokenclass.BrokenPlugin")
                .source("test.brokenclass.BrokenPlugin", """
                        package test.brokenclass;
                        public class BrokenPlugin extends org.pf4j.Plugin {
                            public BrokenPlugin() {
                                throw new IllegalStateException("no licence file");
                            }
                        }
                        """)
                .backend(TestBackendSource.of("test.brokenclass", "BrokenClassBackend", "broken-class-backend"))
                .buildInto(plugins);
        TestPluginBuilder.plugin("missing-class-plugin").pluginClass("test.missing.Gone")
                .backend(TestBackendSource.of("test.missing", "MissingClassBackend", "missing-class-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        // PF4J alone logs the cause and fails later with a NullPointerException of its own
        assertThat(report.problems()).extracting(PluginProblem::plugin, PluginProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("broken-class-plugin", "did not start (IllegalStateException: Plugin-Class"
                        + " test.brokenclass.BrokenPlugin: constructor failed: IllegalStateException: no licence file)"),
                org.assertj.core.groups.Tuple.tuple("missing-class-plugin", "did not start (IllegalStateException:"
                        + " Plugin-Class test.missing.Gone is not in the jar)"));
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aModelThatReturnsNullIsNamed() {
        addGoodPlugin();
        TestPluginBuilder.plugin("null-plugin").backend(TestBackendSource.of("test.nulls", "NullBackend", "null-backend")
                        .modelReturnsNull())
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);
        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(report.backends());

        assertThat(outcome.failures()).containsExactly("plugin null-plugin, backend null-backend: estimate failed:"
                + " IllegalStateException: speedup().estimate(...) returned null");
        assertGoodEstimate(outcome);
    }

    @Test
    @Timeout(value = HANG_TEST_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPluginWhoseStartNeverReturnsIsReportedAndLoadingGoesOn() {
        addGoodPlugin();
        TestPluginBuilder.plugin("asleep-plugin")
                .pluginClass("test.asleep.AsleepPlugin")
                .source("test.asleep.AsleepPlugin", """
                        package test.asleep;
                        public class AsleepPlugin extends org.pf4j.Plugin {
                            @Override
                            public void start() {
                                %s
                            }
                        }
                        """.formatted(TestBackendSource.HANG_IGNORING_INTERRUPTS))
                .backend(TestBackendSource.of("test.asleep", "AsleepBackend", "asleep-backend"))
                .buildInto(plugins);

        try (Guard shortGuard = new Guard(SHORT)) {
            LoadReport report = PluginHost.load(plugins, shortGuard);

            assertOnlyProblem(report, "asleep-plugin", "asleep-plugin-1.0.0.jar",
                    "plugin asleep-plugin: starting the plugin did not return within 500 ms");
            assertThat(report.backend("asleep-backend")).isEmpty();
            assertGoodPluginStillWorks(report, shortGuard);
        }
    }

    // --- 10. not a jar ------------------------------------------------------------------------------------

    @Test
    void aFolderOrAZipIsReportedAsNotAPluginAndOtherFilesAreIgnored() throws IOException {
        addGoodPlugin();
        Files.writeString(plugins.resolve("README.txt"), "Drop plugin jars here.\n");
        Files.createDirectory(plugins.resolve("old-plugins"));
        Files.writeString(plugins.resolve("old-plugins").resolve("plugin.properties"), "plugin.id=old-plugins\n");
        Files.write(plugins.resolve("legacy-plugin.zip"), new byte[] {'P', 'K', 5, 6});
        // a folder that is no unpacked plugin (the lib/ of the jars a plugin's Class-Path names) is no problem: with
        // --strict it made a healthy folder exit 3
        Files.createDirectory(plugins.resolve("lib"));

        LoadReport report = PluginHost.load(plugins, guard);

        // an unpacked plugin folder and a zip are what PF4J's default repositories would load, so their absence is explained
        assertThat(report.problems()).containsExactly(
                new PluginProblem("legacy-plugin.zip", "legacy-plugin.zip", "not a plugin: only .jar plugin files are loaded"),
                new PluginProblem("old-plugins", "old-plugins", "not a plugin: only .jar plugin files are loaded"));
        assertGoodPluginStillWorks(report);
    }

    @Test
    void pf4jsEnabledAndDisabledFilesAreIgnoredNotReadAsAVersionMismatch() throws IOException {
        addGoodPlugin();
        TestPluginBuilder.plugin("other-plugin")
                .backend(TestBackendSource.of("test.other", "OtherBackend", "other-backend"))
                .buildInto(plugins);
        // PF4J would disable both: good-plugin by name, other-plugin by not being in enabled.txt
        Files.writeString(plugins.resolve("disabled.txt"), GOOD_PLUGIN + "\n");
        Files.writeString(plugins.resolve("enabled.txt"), "some-plugin\n");

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).isEmpty();
        assertThat(report.plugins()).extracting(LoadedPlugin::id).containsExactly(GOOD_PLUGIN, "other-plugin");
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aJarWhoseExtensionIsUpperCaseIsLoadedAsPf4jWould() {
        addGoodPlugin();
        TestPluginBuilder.plugin("shouting-plugin").fileName("SHOUTING.JAR")
                .backend(TestBackendSource.of("test.shouting", "ShoutingBackend", "shouting-backend"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).isEmpty();
        assertThat(report.backend("shouting-backend")).isPresent();
        assertGoodPluginStillWorks(report);
    }

    // --- 11. no plugins folder ------------------------------------------------------------------------

    @Test
    void aMissingPluginsFolderIsOneProblemAndNoCrash() {
        Path missing = plugins.resolve("does-not-exist");

        LoadReport report = PluginHost.load(missing, guard);

        assertThat(report.problems()).containsExactly(
                new PluginProblem("-", missing.toString(), "plugins folder does not exist"));
        assertThat(report.plugins()).isEmpty();
        assertThat(report.backends()).isEmpty();
    }

    @Test
    void aPluginsPathThatIsAFileIsOneProblemToo() throws IOException {
        Path file = Files.writeString(plugins.resolve("plugins"), "not a folder");

        LoadReport report = PluginHost.load(file, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(file.toString()));
        assertThat(report.backends()).isEmpty();
    }

    // --- more faults -------------------------------------------------------------------------------------

    @Test
    void aPluginWithoutAnExtensionIndexIsReportedAsContributingNothing() {
        addGoodPlugin();
        TestBackendSource backend = TestBackendSource.of("test.noindex", "NoIndexBackend", "noindex-backend");
        TestPluginBuilder.plugin("no-index-plugin").source(backend.className(), backend.source()).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.plugin()).isEqualTo("no-index-plugin");
            assertThat(p.message()).startsWith("contributes no HardwareBackend extension");
        });
        assertThat(report.plugins()).extracting(LoadedPlugin::id).doesNotContain("no-index-plugin"); // failed only
        assertGoodPluginStillWorks(report);
    }

    @Test
    void aBaselineThatThrowsLeavesANoteAndTheOthersStillEstimate() {
        addGoodPlugin();
        TestPluginBuilder.plugin("gpu-baseline") // the id gpu-h100 is reserved for it
                .backend(TestBackendSource.of("test.baseline", "BaselineBackend", BuiltInScenarios.BASELINE)
                        .modelThrows("new IllegalStateException(\"no reference today\")"))
                .buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);
        Evaluation evaluation = new Evaluation(guard, DEFAULT, GPT3, report.backends());
        Evaluation.Outcome outcome = evaluation.estimateAll(report.backends());

        assertThat(evaluation.reference()).isEmpty();
        assertThat(outcome.notes()).containsExactly("baseline gpu-h100 gave no reference (baseline estimate failed:"
                + " IllegalStateException: no reference today): relative models have none");
        assertThat(outcome.failures()).containsExactly(
                "plugin gpu-baseline, backend gpu-h100: estimate failed: IllegalStateException: no reference today");
        assertGoodEstimate(outcome);
    }

    @Test
    void everyFaultAtOnceIsEachReportedOnceAndTheGoodPluginStillWorks() throws IOException {
        addGoodPlugin();
        TestPluginBuilder.plugin("anonymous").withoutDescriptor().fileName("anonymous.jar")
                .backend(TestBackendSource.of("test.anon", "AnonBackend", "anon-backend")).buildInto(plugins);
        TestPluginBuilder.plugin("future-plugin").requires(">=9.0.0")
                .backend(TestBackendSource.of("test.future", "FutureBackend", "future-backend")).buildInto(plugins);
        TestPluginBuilder.plugin("bundling-plugin").bundle(Range.class)
                .backend(TestBackendSource.of("test.bundling", "BundlingBackend", "bundling-backend")).buildInto(plugins);
        TestPluginBuilder.plugin("duplicate-plugin")
                .backend(TestBackendSource.of("test.duplicate", "DuplicateBackend", GOOD.backendId())).buildInto(plugins);
        TestPluginBuilder.plugin("ctor-error-plugin")
                .backend(TestBackendSource.of("test.ctor", "CtorBackend", "ctor-backend")
                        .constructorThrows("new NoClassDefFoundError(\"x/Y\")")).buildInto(plugins);
        TestPluginBuilder.plugin("throwing-plugin")
                .backend(TestBackendSource.of("test.throwing", "ThrowingBackend", "throwing-backend")
                        .modelThrows("new IllegalStateException(\"the model broke\")")).buildInto(plugins);
        TestPluginBuilder.plugin("nan-plugin")
                .backend(TestBackendSource.of("test.nan", "NanBackend", "nan-backend").trainingSeconds("0.0 / 0.0"))
                .buildInto(plugins);
        Files.write(plugins.resolve("x.jar"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.writeString(plugins.resolve("README.txt"), "hello");
        TestPluginBuilder.plugin("unversioned-plugin").requires(null)
                .backend(TestBackendSource.of("test.unversioned", "UnversionedBackend", "unversioned-backend")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);

        // "duplicate-plugin" sorts before "good-plugin", so it owns the id and the good plugin's copy is rejected
        assertThat(report.problems()).extracting(PluginProblem::file).containsExactly(
                "anonymous.jar", "bundling-plugin-1.0.0.jar", "ctor-error-plugin-1.0.0.jar",
                "future-plugin-1.0.0.jar", "good-plugin-1.0.0.jar", "unversioned-plugin-1.0.0.jar", "x.jar");
        assertThat(report.problems()).extracting(PluginProblem::plugin).containsExactly(
                "anonymous.jar", "bundling-plugin", "ctor-error-plugin", "future-plugin", GOOD_PLUGIN, "unversioned-plugin", "x.jar");
        assertThat(report.problems()).filteredOn(p -> p.plugin().equals(GOOD_PLUGIN)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("duplicate-plugin"));
        // every jar in the folder is accounted for: loaded, or reported (the README is no plugin, so ignored)
        try (Stream<Path> files = Files.list(plugins)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList();
            List<String> accounted = Stream.concat(
                            report.problems().stream().map(PluginProblem::file),
                            report.plugins().stream().map(p -> p.file().getFileName().toString()))
                    .distinct().toList();
            assertThat(accounted).containsExactlyInAnyOrderElementsOf(names);
        }
        assertThat(report.backends()).extracting(LoadedBackend::id)
                .containsExactlyInAnyOrder(GOOD.backendId(), "throwing-backend", "nan-backend");

        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(report.backends());
        assertThat(outcome.failures()).hasSize(2)
                .anySatisfy(f -> assertThat(f).startsWith("plugin throwing-plugin, backend throwing-backend: "))
                .anySatisfy(f -> assertThat(f).startsWith("plugin nan-plugin, backend nan-backend: "));
        assertThat(outcome.estimates()).singleElement().satisfies(e -> {
            assertThat(e.backendId()).isEqualTo(GOOD.backendId());
            assertThat(e.trainingSeconds().nominal()).isCloseTo(expectedSeconds(), within(1e-6 * expectedSeconds()));
        });
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Path addGoodPlugin() {
        return TestPluginBuilder.plugin(GOOD_PLUGIN).backend(GOOD).buildInto(plugins);
    }

    /** GPT-3's training FLOP over 64 devices at 1e15 FLOP/s each. */
    private static double expectedSeconds() {
        return GPT3.trainingFlop() / (TestBackendSource.NOMINAL_DEVICES * TestBackendSource.FLOP_PER_DEVICE_SECOND);
    }

    private static void assertOnlyProblem(LoadReport report, String plugin, String file, String message) {
        assertThat(report.problems()).containsExactly(new PluginProblem(plugin, file, message));
        assertThat(report.problems().get(0).toString()).startsWith("plugin " + plugin + " (" + file + "): ");
    }

    private void assertGoodPluginStillWorks(LoadReport report) {
        assertGoodPluginStillWorks(report, guard);
    }

    private static void assertGoodPluginStillWorks(LoadReport report, Guard guard) {
        assertThat(report.plugins()).filteredOn(p -> p.id().equals(GOOD_PLUGIN)).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo("1.0.0");
            assertThat(p.backendIds()).containsExactly(GOOD.backendId());
        });
        LoadedBackend good = report.backend(GOOD.backendId()).orElseThrow();
        assertThat(good.pluginId()).isEqualTo(GOOD_PLUGIN);
        Evaluation.Outcome outcome = new Evaluation(guard, DEFAULT, GPT3, report.backends()).estimateAll(List.of(good));
        assertThat(outcome.failures()).isEmpty();
        assertGoodEstimate(outcome);
    }

    /** The outcome holds the good backend's estimate, with the values its formulas give. */
    private static void assertGoodEstimate(Evaluation.Outcome outcome) {
        Estimate e = outcome.estimates().stream().filter(x -> x.backendId().equals(GOOD.backendId())).findFirst()
                .orElseThrow(() -> new AssertionError("no estimate for " + GOOD.backendId() + " in " + outcome));
        double seconds = expectedSeconds();
        assertThat(GPT3.trainingFlop()).isCloseTo(6 * 175e9 * 300e9, within(1e9));
        assertThat(e.profile()).isEqualTo("current");
        assertThat(e.trainingSeconds().nominal()).isCloseTo(seconds, within(1e-9 * seconds));
        assertThat(e.trainingSeconds().isPoint()).as("no uncertain parameter, so no range").isTrue();
        double joules = TestBackendSource.WATTS_PER_DEVICE * TestBackendSource.NOMINAL_DEVICES * seconds;
        assertThat(e.energyJoules().nominal()).isCloseTo(joules, within(1e-9 * joules));
        assertThat(e.hardware()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo("test device");
            assertThat(h.count().nominal()).isEqualTo(64.0);
        });
        assertThat(e.heroMonth().nominal()).isCloseTo(3 + seconds / 2.6e6, within(1e-9));
    }
}
