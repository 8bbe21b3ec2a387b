package dev.cambrian.host.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A shutdown hook that never returns cannot keep the process alive past the bound (issue 13). */
class ShutdownBoundTest {
    /** Run in a JVM of its own: installs the sandbox, adds a hook that never returns, and exits 7. */
    public static void main(String[] args) {
        Sandbox.install();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        }));
        Sandbox.exit(7);
    }

    @Test
    void aHungHookIsCutOffAndTheExitStatusKept() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.security.manager=allow", "-cp", System.getProperty("java.class.path"),
                ShutdownBoundTest.class.getName()).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        long bound = Sandbox.SHUTDOWN_BOUND.toSeconds();
        boolean ended = p.waitFor(bound + 20, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the process ended within the bound").isTrue();
        assertThat(p.exitValue()).isEqualTo(7);
    }
}
