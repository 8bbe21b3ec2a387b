package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two examples (examples/acme-photonic, a relative vendor fork; examples/acme-accelerator, an
 * absolute device) built outside the reactor as an author builds them: with Maven, on
 * cambrian-plugin-parent from the distribution's sdk/repository, the TCK running in the build. The
 * fork is built with the system's Maven, the device with this checkout's wrapper, so both Mavens
 * build a plugin. The jars are dropped into the unpacked distribution and used.
 */
class VendorPluginIT {
    @TempDir
    Path work;

    @Test
    @DisplayName("a vendor plugin built with the system Maven outside the build, dropped in, appears in backends and rank")
    void droppedInVendorPluginIsLoadedAndRanked() throws Exception {
        Installed cambrian = Installed.unpack(Files.createDirectory(work.resolve("install")));
        Path jar = build("acme-photonic", AuthorMaven.systemMaven(), cambrian, "com.acme.cambrian.AcmePhotonicContractTest");
        Files.copy(jar, cambrian.plugins().resolve(jar.getFileName()));

        Installed.Run plugins = cambrian.run(work, "plugins");
        assertThat(plugins.exitCode()).as(plugins.err()).isZero();
        assertThat(plugins.out()).contains("acme-photonic").contains("Acme Optics (example)");

        Installed.Run backends = cambrian.run(work, "backends", "-v", "acme-photonic");
        assertThat(backends.exitCode()).as(backends.err()).isZero();
        assertThat(backends.out()).contains("acme-photonic").contains("acme-datasheet").contains("unit-price")
                .contains("fictional example");

        Installed.Run rank = cambrian.run(work, "rank", "--by", "cost");
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(rank.out()).containsPattern("(?m)^\\d+\\s+acme-photonic\\s");

        // its 5% cooling, declared through the relative kit, raises no finding against it: whether the
        // headline includes it is not stated, and the audit says that is why the check did not run
        Installed.Run audit = cambrian.run(work, "audit", "-b", "acme-photonic", "--format", "json");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(audit.out());
        assertThat(report.get("findings").toString()).doesNotContain("stated overhead left out");
        assertThat(report.get("checks").toString()).contains("{\"subject\":\"acme-photonic\",\"check\":\"stated overhead left out\","
                + "\"status\":\"skipped\",\"why\":\"declares no cooling-in-headline: whether the headline energy includes the 5%"
                + " cooling is not stated\"}");
    }

    @Test
    @DisplayName("the absolute example built with the Maven wrapper outside the build, dropped in, is estimated and ranked")
    void droppedInAbsolutePluginIsLoadedAndRanked() throws Exception {
        Installed cambrian = Installed.unpack(Files.createDirectory(work.resolve("install")));
        Path jar = build("acme-accelerator", AuthorMaven.wrapper(), cambrian, "com.acme.cambrian.accelerator.AcmeAx1ContractTest");
        Files.copy(jar, cambrian.plugins().resolve(jar.getFileName()));

        Installed.Run backends = cambrian.run(work, "backends", "-v", "acme-ax1");
        assertThat(backends.exitCode()).as(backends.err()).isZero();
        assertThat(backends.out()).contains("acme-ax1").contains("acme-datasheet").contains("mfu-residual")
                .contains("fictional example");

        Installed.Run rank = cambrian.run(work, "rank", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12");
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(rank.out()).containsPattern("(?m)^\\d+\\s+acme-ax1\\s").contains("AX-1 OAM");
    }

    /** mvn -B verify on a copy of the example, with an author's empty repository plus sdk/repository; the TCK must have run. */
    private Path build(String example, String maven, Installed cambrian, String contractTest) throws Exception {
        AuthorMaven author = AuthorMaven.freshHome(work.resolve("home"));
        author.installSdk(cambrian);
        Path project = AuthorMaven.copyProject(Path.of(System.getProperty("cambrian.examples")).resolve(example), work);
        AuthorMaven.Run build = author.maven(maven, project, "verify");
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.output()).containsPattern("Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\\n]* in " + contractTest)
                .contains("PackagingIT");
        try (var jars = Files.list(project.resolve("target"))) {
            return jars.filter(f -> f.getFileName().toString().matches(example + "-[0-9.]+\\.jar")).findFirst().orElseThrow();
        }
    }
}
