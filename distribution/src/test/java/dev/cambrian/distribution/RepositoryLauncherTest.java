package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's {@code ./cambrian} builds only when the sources are newer than the last build. It runs
 * here on a copy of itself in a folder shaped like the checkout, with a stand-in for {@code ./mvnw} that
 * does what the Maven build does to the timestamps: a fresh archive, and the launcher copied with its
 * source's old timestamp.
 */
class RepositoryLauncherTest {
    @TempDir
    Path checkout;

    @Test
    void buildsWhenMissingOrOutOfDateAndNotAfterAMavenBuild() throws Exception {
        Files.copy(Repository.root().resolve("cambrian"), checkout.resolve("cambrian"));
        executable(checkout.resolve("cambrian"));
        Path source = checkout.resolve("api/src/main/java/A.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class A {}");
        Files.setLastModifiedTime(source, ago(3600));
        Files.createDirectories(checkout.resolve("platform"));
        Files.createDirectories(checkout.resolve("plugins"));
        Files.createDirectories(checkout.resolve("data"));
        Files.createDirectories(checkout.resolve("distribution/src"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(checkout.resolve("pom.xml"), ago(3600));
        // The stand-in build: counts its runs, writes the archive now, copies the launcher with an old time.
        Files.writeString(checkout.resolve("mvnw"), String.join("\n", "#!/bin/sh",
                "echo x >> \"$(dirname \"$0\")/builds\"",
                "d=\"$(dirname \"$0\")/distribution/target\"",
                "mkdir -p \"$d/cambrian/cambrian/bin\"",
                "printf '#!/bin/sh\\necho ran \"$@\"\\n' > \"$d/cambrian/cambrian/bin/cambrian\"",
                "chmod +x \"$d/cambrian/cambrian/bin/cambrian\"",
                "touch -d '2000-01-01' \"$d/cambrian/cambrian/bin/cambrian\"",
                "touch \"$d/cambrian.tar.gz\"", ""));
        executable(checkout.resolve("mvnw"));

        assertThat(run("backends")).isEqualTo("ran backends\n");
        assertThat(builds()).as("first run: nothing built yet").isEqualTo(1);

        assertThat(run("rank")).isEqualTo("ran rank\n");
        assertThat(builds()).as("nothing changed since").isEqualTo(1);

        // ./mvnw -B verify: a new archive, the launcher copied again with its old timestamp.
        Files.setLastModifiedTime(source, ago(60));
        new ProcessBuilder(checkout.resolve("mvnw").toString()).directory(checkout.toFile()).start().waitFor(30, TimeUnit.SECONDS);
        assertThat(builds()).isEqualTo(2);
        assertThat(run("rank")).isEqualTo("ran rank\n");
        assertThat(builds()).as("after a Maven build, the launcher does not build again").isEqualTo(2);

        // An edit after the last build.
        Path archive = checkout.resolve("distribution/target/cambrian.tar.gz");
        Path mark = checkout.resolve("distribution/target/.launcher-built");
        Files.setLastModifiedTime(archive, ago(120));
        Files.setLastModifiedTime(mark, ago(120));
        Files.setLastModifiedTime(source, ago(30));
        run("rank");
        assertThat(builds()).as("a source newer than the build").isEqualTo(3);

        Files.setLastModifiedTime(archive, ago(200));
        assertThat(run("rank")).isEqualTo("ran rank\n");
        assertThat(builds()).as("its own build is remembered when the archive is older than the source").isEqualTo(3);
    }

    private String run(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = checkout.resolve("cambrian").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Path out = checkout.resolve("out.txt");
        Process p = new ProcessBuilder(command).directory(checkout.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private long builds() throws IOException {
        Path f = checkout.resolve("builds");
        return Files.exists(f) ? Files.readAllLines(f).size() : 0;
    }

    private static FileTime ago(long seconds) {
        return FileTime.from(Instant.now().minusSeconds(seconds));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
