package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command stopped while it computes says so: the JVM ends a long Monte Carlo without a failure, so before the
 * shutdown hook the process ended with exit 130/143 and an empty stderr.
 */
class InterruptedIT {
    @TempDir
    Path work;

    @Test
    void aKillWhileComputingSaysInterrupted() throws Exception {
        Installed cambrian = Installed.shared();
        ProcessBuilder pb = new ProcessBuilder(List.of(cambrian.home.resolve("bin/cambrian").toString(), "uncertainty", "-b", "all",
                "--samples", "5000000", "--format", "json")).directory(work.toFile());
        pb.environment().remove("CAMBRIAN_PLUGINS");
        pb.environment().put("CAMBRIAN_CDS", "0"); // the launcher execs Java, so the signal reaches it
        Path err = work.resolve("err.txt");
        pb.redirectOutput(work.resolve("out.txt").toFile()).redirectError(err.toFile());
        Process p = pb.start();
        Thread.sleep(3000); // plugins loaded, sampling (the whole run takes tens of seconds)
        assertThat(p.isAlive()).as("still computing").isTrue();
        p.destroy(); // SIGTERM: the same shutdown as Ctrl-C's SIGINT
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).endsWith("error: interrupted" + System.lineSeparator());
        assertThat(Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8)).isEmpty();
    }
}
