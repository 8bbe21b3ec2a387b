package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/plugin-guide.md followed as written: its shell blocks marked {@code <!-- guide-test -->}
 * run in order, in one bash, on a freshly unpacked distribution, from an empty folder, with an empty
 * Maven repository and the system's Maven. They scaffold an absolute and a relative plugin, build
 * them (the TCK runs and passes), drop them in, and use them in plugins, rank, backends, audit and
 * uncertainty.
 */
class PluginGuideIT {
    private static final Pattern STEP = Pattern.compile("<!-- guide-test -->\\R```sh\\R(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    @DisplayName("the plugin guide's steps, run as written with the system Maven, scaffold, build, test and load two plugins")
    void theGuideWorksAsWritten() throws Exception {
        Installed cambrian = Installed.unpack(Files.createDirectory(work.resolve("install")));
        AuthorMaven author = AuthorMaven.freshHome(work.resolve("home"));
        Path guide = Path.of(System.getProperty("cambrian.repository"), "docs", "plugin-guide.md");
        StringBuilder script = new StringBuilder("set -euo pipefail\nset -x\nexport CAMBRIAN_HOME='" + cambrian.home + "'\n");
        Matcher steps = STEP.matcher(Files.readString(guide));
        int count = 0;
        while (steps.find()) {
            script.append(steps.group(1)).append('\n');
            count++;
        }
        assertThat(count).as("tested steps in " + guide).isGreaterThanOrEqualTo(4);
        Path folder = Files.createDirectory(work.resolve("author"));
        Path file = Files.writeString(work.resolve("guide.sh"), script);

        AuthorMaven.Run run = author.run(List.of("bash", file.toString()), folder);
        String out = run.output();
        assertThat(run.exitCode()).as(out).isZero();
        // both builds ran the TCK's contract in its own execution and the packaging contract on the jar
        assertThat(out).containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\\n]* in com.example.cambrian.acmeax2.AcmeAx2BackendContractTest")
                .containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\\n]* in com.example.cambrian.acmeao2.AcmeAo2BackendContractTest")
                .contains("in com.example.cambrian.acmeax2.AcmeAx2BackendPackagingIT")
                .contains("in com.example.cambrian.acmeao2.AcmeAo2BackendPackagingIT")
                .doesNotContain("BUILD FAILURE");
        assertThat(out).as("plugins").containsPattern("(?m)^acme-ax2\\s+0\\.1\\.0\\s+Acme Silicon\\s+acme-ax2-0\\.1\\.0\\.jar");
        assertThat(out).as("backends -v").containsPattern("(?m)^acme-ao2\\s+Acme AO-2 photonic accelerator\\s");
        assertThat(out).as("rank").containsPattern("(?m)^\\d+\\s+acme-ax2\\s").containsPattern("(?m)^\\d+\\s+acme-ao2\\s");
        assertThat(out).as("backends -v").contains("PLACEHOLDER from cambrian new-plugin");
        assertThat(out).as("uncertainty").containsPattern("(?m)^acme-ax2\\s+mfu-residual\\s");
        assertThat(Files.list(cambrian.plugins()).map(p -> p.getFileName().toString()))
                .contains("acme-ax2-0.1.0.jar", "acme-ao2-0.1.0.jar");
    }
}
