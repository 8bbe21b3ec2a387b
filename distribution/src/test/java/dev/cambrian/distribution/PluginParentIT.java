package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cambrian-plugin-parent refuses the mistakes that used to pass silently, with the system's Maven and
 * the distribution's sdk/repository: a plugin whose build runs no TCK test, a plugin that would pack
 * the api into its jar, and (the TCK, run by the parent) a backend that prints or ends the JVM.
 */
class PluginParentIT {
    @TempDir
    Path work;

    private AuthorMaven author;
    private Path project;

    @BeforeEach
    void anExampleCopiedOutOfTheSourceTree() throws Exception {
        author = AuthorMaven.freshHome(work.resolve("home"));
        author.installSdk(Installed.shared());
        project = AuthorMaven.copyProject(Path.of(System.getProperty("cambrian.examples")).resolve("acme-accelerator"), work);
    }

    @Test
    @DisplayName("a plugin without a TCK contract test fails its build in the cambrian-tck execution")
    void noContractTestFailsTheBuild() throws Exception {
        Files.delete(project.resolve("src/test/java/com/acme/cambrian/accelerator/AcmeAx1ContractTest.java"));
        AuthorMaven.Run build = author.maven(AuthorMaven.systemMaven(), project, "verify");
        assertThat(build.exitCode()).as(build.output()).isNotZero();
        assertThat(build.output()).containsPattern("maven-surefire-plugin:[0-9.]+:test \\(cambrian-tck\\) on project acme-accelerator: No tests were executed!");
    }

    @Test
    @DisplayName("a backend that prints to stdout and calls System.exit fails its build, the TCK naming both checks")
    void aPrintingExitingBackendFailsTheTck() throws Exception {
        Path backend = project.resolve("src/main/java/com/acme/cambrian/accelerator/AcmeAx1Backend.java");
        Files.writeString(backend, Files.readString(backend).replace("super(AX1);",
                "super(AX1);\n        System.out.println(\"hello from the AX-1\");\n"
                        + "        try {\n            System.exit(3);\n        } catch (SecurityException refused) {\n            // swallowed\n        }"));
        AuthorMaven.Run build = author.maven(AuthorMaven.systemMaven(), project, "verify");
        assertThat(build.exitCode()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("TCK check 'writes nothing to stdout or stderr'").contains("hello from the AX-1")
                .contains("TCK check 'never ends the JVM'").contains("BUILD FAILURE");
    }

    @Test
    @DisplayName("a plugin that declares the api in compile scope fails at validate with the rule's message")
    void apiInCompileScopeFailsTheBuild() throws Exception {
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<properties>", "<dependencies><dependency><groupId>dev.cambrian</groupId>"
                + "<artifactId>cambrian-api</artifactId><scope>compile</scope></dependency></dependencies>\n  <properties>"));
        AuthorMaven.Run build = author.maven(AuthorMaven.systemMaven(), project, "verify");
        assertThat(build.exitCode()).as(build.output()).isNotZero();
        assertThat(build.output()).contains("A plugin takes cambrian-api and PF4J from the host (provided scope)")
                .contains("dev.cambrian:cambrian-api:jar:1.0.0-SNAPSHOT").doesNotContain("Tests run:");
    }
}
