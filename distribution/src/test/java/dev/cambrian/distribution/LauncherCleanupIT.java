package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A launcher stopped while it records the CDS archive leaves no partial archive in lib/ (issue 13). */
class LauncherCleanupIT {
    @TempDir
    Path install;

    @TempDir
    Path work;

    @Test
    void aKillWhileRecordingLeavesNoTemporaryArchive() throws Exception {
        Installed cambrian = Installed.unpack(install);
        // a command of over a second (two backends, 200,000 samples: 1.6 CPU s since the batch device-hours, 2 December
        // 2026), stopped as soon as the recording java is seen; the exit status below proves it was stopped, not finished
        Process launcher = new ProcessBuilder(cambrian.home.resolve("bin/cambrian").toString(), "uncertainty", "-b",
                "gpu-h100,photonic", "--samples", "200000").directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("log").toFile()).start();
        ProcessHandle recording = recordingJava(launcher.toHandle());

        launcher.destroy(); // SIGTERM to the script alone, as `kill <pid>` does
        assertThat(recording.onExit().get(120, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).as("the launcher ended by the TERM (128 + 15), not by finishing its command first").isEqualTo(143);

        try (Stream<Path> files = Files.list(cambrian.home.resolve("lib"))) {
            List<String> leftovers = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".probe"))
                    .toList();
            assertThat(leftovers).isEmpty();
        }
    }

    /** The java process recording the archive: the launcher's child once the probe is over. */
    private static ProcessHandle recordingJava(ProcessHandle launcher) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Optional<ProcessHandle> java = launcher.children().filter(c -> c.info().arguments().map(List::of).orElse(List.of())
                    .stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=") && a.endsWith(".tmp"))).findFirst();
            if (java.isPresent()) {
                Thread.sleep(300); // past start-up, into the command
                return java.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the launcher never started recording the CDS archive");
    }
}
