package dev.cambrian.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.host.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin code cannot write to stdout, end the process, hook its shutdown or change system
 * properties (issue 13). The sandbox is installed once for this JVM, over captured streams standing
 * for the terminal; without it the exit and halt tests would end the test JVM.
 */
class SandboxTest {
    private static final ByteArrayOutputStream TERMINAL_OUT = new ByteArrayOutputStream();
    private static final ByteArrayOutputStream TERMINAL_ERR = new ByteArrayOutputStream();
    private static PrintStream hostOut;

    @TempDir
    Path plugins;

    private final Guard guard = new Guard(Guard.DEFAULT_TIMEOUT);

    @BeforeAll
    static void install() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(TERMINAL_OUT, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(TERMINAL_ERR, true, StandardCharsets.UTF_8));
        try {
            hostOut = Sandbox.install();
        } finally {
            if (!Sandbox.contained()) { // nothing installed: give the test JVM its streams back
                System.setOut(out);
                System.setErr(err);
            }
        }
    }

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void theSandboxIsInOnThisJava() {
        assertThat(Sandbox.contained()).isTrue();
        assertThat(Sandbox.install()).isSameAs(hostOut);
    }

    @Test
    void whatAPluginPrintsReachesStderrWithItsIdAndNeverStdout() {
        TestPluginBuilder.plugin("chatty").backend(TestBackendSource.of("test.chatty", "ChattyBackend", "chatty-backend")
                .member("static { System.out.println(\"static hello\"); }")
                .constructor("System.out.print(\"constructor hello\\n\"); System.err.println(\"to err\"); System.out.close();")
                .trainingSeconds("print(in.workload().trainingFlop() / 1e18)")
                .member("private static double print(double v) { System.out.println(\"model hello\"); return v; }"))
                .buildInto(plugins);
        int before = TERMINAL_OUT.size();

        LoadReport report = PluginHost.load(plugins, guard);
        Evaluation.Outcome outcome = new Evaluation(guard, PluginHostRobustnessTest.DEFAULT, PluginHostRobustnessTest.GPT3,
                report.backends()).estimateAll(report.backends());
        hostOut.print("");

        assertThat(report.problems()).isEmpty();
        assertThat(outcome.estimates()).hasSize(1);
        assertThat(TERMINAL_OUT.size()).isEqualTo(before);
        assertThat(TERMINAL_ERR.toString(StandardCharsets.UTF_8)).contains("[chatty] static hello\n")
                .contains("[chatty] constructor hello\n").contains("[chatty] to err\n").contains("[chatty] model hello\n");
        System.out.println("still open");
        assertThat(TERMINAL_ERR.toString(StandardCharsets.UTF_8)).contains("[unattributed] still open\n");
    }

    @Test
    void exitAndHaltFromPluginCodeAreThatPluginsFailure() {
        TestPluginBuilder.plugin("exits").backend(TestBackendSource.of("test.exits", "ExitBackend", "exit-backend")
                .trainingSeconds("exit()").member("private static double exit() { System.exit(7); return 1; }"))
                .buildInto(plugins);
        TestPluginBuilder.plugin("halts").backend(TestBackendSource.of("test.halts", "HaltBackend", "halt-backend")
                .constructor("Runtime.getRuntime().halt(9);")).buildInto(plugins);
        TestPluginBuilder.plugin("threads").backend(TestBackendSource.of("test.threads", "ThreadBackend", "thread-backend")
                .trainingSeconds("exitElsewhere()").member("""
                        private static double exitElsewhere() {
                            try {
                                java.util.concurrent.ForkJoinPool.commonPool().submit(() -> System.exit(8)).get();
                            } catch (Exception e) {
                                throw new IllegalStateException(e.getCause());
                            }
                            return 1;
                        }""")).buildInto(plugins);

        LoadReport report = PluginHost.load(plugins, guard);
        Evaluation.Outcome outcome = new Evaluation(guard, PluginHostRobustnessTest.DEFAULT, PluginHostRobustnessTest.GPT3,
                report.backends()).estimateAll(report.backends());

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("plugin halts")
                .contains("plugin halts may not end the process (System.exit / Runtime.halt(9)); refused"));
        assertThat(outcome.failures()).hasSize(2).anySatisfy(f -> assertThat(f).isEqualTo(
                "plugin exits, backend exit-backend: estimate failed: SecurityException: plugin exits may not end the"
                        + " process (System.exit / Runtime.halt(7)); refused"))
                // from a pool thread of the JDK's, the plugin is still found on the stack
                .anySatisfy(f -> assertThat(f).startsWith("plugin threads, backend thread-backend: estimate failed:")
                        .contains("plugin threads may not end the process (System.exit / Runtime.halt(8)); refused"));
    }

    @Test
    void shutdownHooksSystemPropertiesAndStreamsAreRefusedToPlugins() {
        String separator = System.lineSeparator();
        List.of("Runtime.getRuntime().addShutdownHook(new Thread(() -> { while (true) { } }));",
                        "System.setProperty(\"line.separator\", \"\\r\\n\");",
                        "java.util.Locale.setDefault(java.util.Locale.forLanguageTag(\"tr\"));",
                        "System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out)));")
                .forEach(statement -> {
                    String id = "rogue" + statement.length();
                    TestPluginBuilder.plugin(id).backend(TestBackendSource.of("test." + id, "Rogue", id + "-backend")
                            .constructor(statement)).buildInto(plugins);
                });

        LoadReport report = PluginHost.load(plugins, guard);

        assertThat(report.backends()).isEmpty();
        assertThat(report.problems()).extracting(PluginProblem::message).allSatisfy(m -> assertThat(m).contains("refused"))
                .anySatisfy(m -> assertThat(m).contains("may not register a shutdown hook"))
                .anySatisfy(m -> assertThat(m).contains("may not set system property line.separator"))
                .anySatisfy(m -> assertThat(m).contains("may not set system property user.language"))
                .anySatisfy(m -> assertThat(m).contains("may not replace System.out, System.err or System.in"));
        assertThat(System.getProperty("line.separator")).isEqualTo(separator);
    }
}
