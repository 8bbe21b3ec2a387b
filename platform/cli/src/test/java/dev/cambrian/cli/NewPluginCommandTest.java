package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * new-plugin writes a project whose backend compiles against the api with PF4J's extension index; the
 * full build of a scaffold (TCK, packaging, loading in rank) is the distribution's PluginGuideIT.
 */
class NewPluginCommandTest {
    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @ParameterizedTest
    @EnumSource(PluginScaffold.Kind.class)
    void writesAProjectWhoseBackendCompilesWithItsExtensionIndex(PluginScaffold.Kind kind) throws Exception {
        Path project = work.resolve("acme-x1");
        int code = run("new-plugin", "--kind", kind.name().toLowerCase(java.util.Locale.ROOT), "--directory", project.toString(),
                "--provider", "Acme Silicon", "acme-x1");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("pom.xml").contains("AcmeX1Backend.java").contains("mvn -B verify");
        assertThat(Files.readString(project.resolve("pom.xml")))
                .contains("<artifactId>cambrian-plugin-parent</artifactId>")
                .contains("<version>" + PluginScaffold.cambrianVersion() + "</version>")
                .contains("<artifactId>acme-x1</artifactId>").contains("<plugin.provider>Acme Silicon</plugin.provider>");
        assertThat(PluginScaffold.cambrianVersion()).doesNotContain("${");
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("pom.xml").toFile())
                .getDocumentElement().getElementsByTagName("artifactId").item(1).getTextContent()).as("the pom is well-formed XML").isEqualTo("acme-x1");
        Path tests = project.resolve("src/test/java/com/example/cambrian/acmex1");
        assertThat(tests.resolve("AcmeX1BackendContractTest.java")).content().contains("extends BackendContract");
        assertThat(tests.resolve("AcmeX1BackendPackagingIT.java")).content().contains("List.of(\"acme-x1\")");
        try (Stream<Path> siblings = Files.list(work)) {
            assertThat(siblings).as("no staging folder left behind").containsExactly(project);
        }

        Path classes = Files.createDirectory(work.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString()));
        args.add(project.resolve("src/main/java/com/example/cambrian/acmex1/AcmeX1Backend.java").toString());
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(javac).as("javac exit code").isZero();
        assertThat(classes.resolve("META-INF/extensions.idx")).content().contains("com.example.cambrian.acmex1.AcmeX1Backend");
    }

    @Test
    void anIdThatIsAJavaKeywordIsRefusedBeforeJavacWould() {
        // 'int' made package com.example.cambrian.int, which javac rejects ('<identifier> expected')
        int code = run("new-plugin", "--kind", "relative", "--directory", work.resolve("k").toString(), "int");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).contains("has a Java keyword as a segment; choose another plugin id or --package")
                .doesNotContain("\n");
        assertThat(work.resolve("k")).doesNotExist();
    }

    @Test
    void aBadIdIsOneLineAndExitTwoAndWritesNothing() {
        int code = run("new-plugin", "--kind", "absolute", "--directory", work.resolve("p").toString(), "Acme_X1");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("error: plugin id 'Acme_X1' must be kebab-case").doesNotContain("\n");
        assertThat(work.resolve("p")).doesNotExist();
    }

    @Test
    void aBundledBackendsOrPluginsIdIsRefusedRatherThanFailingTheTck() {
        // gpu-h100 wrote a project whose own TCK run then failed 'takes no bundled backend's id'
        String[][] cases = {{"absolute", "gpu-h100", "backend's"}, {"relative", "photonic", "backend's"},
                {"absolute", "intel-gaudi", "plugin's"}};
        for (String[] c : cases) {
            StringWriter errors = new StringWriter();
            Path target = work.resolve(c[1]);
            int code = Main.run(new String[] {"new-plugin", "--kind", c[0], "--directory", target.toString(), c[1]},
                    new PrintWriter(out), new PrintWriter(errors));
            assertThat(code).as(c[1]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(errors.toString().strip()).as(c[1]).contains("plugin id '" + c[1] + "' is a bundled " + c[2] + " id")
                    .contains("choose another, e.g. acme-" + c[1]).doesNotContain("\n");
            assertThat(target).as(c[1]).doesNotExist();
        }
    }

    @Test
    void anExistingFolderIsNotOverwritten() throws Exception {
        Path existing = Files.createDirectory(work.resolve("mine"));
        Files.writeString(existing.resolve("keep.txt"), "mine");
        int code = run("new-plugin", "--kind", "relative", "--directory", existing.toString(), "acme-y");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("already exists");
        try (Stream<Path> files = Files.list(existing)) {
            assertThat(files).containsExactly(existing.resolve("keep.txt"));
        }
    }

    @Test
    void aNameThatWouldEndTheCommentOrExpandInMavenAndAReservedPackageAreRefused() {
        // '*/' closed the class's Javadoc (javac: class, interface, enum, or record expected); '${x}' is a Maven property
        assertThat(run("new-plugin", "--kind", "absolute", "--directory", work.resolve("c").toString(), "--name", "x*/y", "acme-c"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("name 'x*/y' must be non-blank, without quotes, backslashes, <, >, &, '*/' or '${'");
        assertThat(run("new-plugin", "--kind", "absolute", "--directory", work.resolve("m").toString(), "--provider",
                "${user.name}", "acme-m")).isEqualTo(ExitCodes.BAD_INPUT);
        // the host refuses a jar with classes in its own packages ("bundles host classes"), javac refuses java.*
        for (String reserved : new String[] {"dev.cambrian.api", "java.lang", "org.pf4j.x"}) {
            assertThat(run("new-plugin", "--kind", "relative", "--directory", work.resolve("r").toString(), "--package", reserved,
                    "acme-r")).as(reserved).isEqualTo(ExitCodes.BAD_INPUT);
        }
        assertThat(err.toString()).contains("package 'org.pf4j.x' is in org.pf4j.*, which plugin jars may not use");
        assertThat(work.resolve("c")).doesNotExist();
        assertThat(work.resolve("r")).doesNotExist();
    }

    @Test
    void aQuoteInTheProviderIsRefusedRatherThanBreakingTheJava() {
        int code = run("new-plugin", "--kind", "absolute", "--directory", work.resolve("q").toString(), "--provider", "Acme \"Q\"", "acme-q");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("provider 'Acme \"Q\"' must be non-blank, without quotes");
        assertThat(work.resolve("q")).doesNotExist();
    }

    @Test
    void classNamesComeFromTheId() {
        assertThat(PluginScaffold.className("acme-ax1")).isEqualTo("AcmeAx1Backend");
        assertThat(PluginScaffold.packageSegment("acme-ax1")).isEqualTo("acmeax1");
    }
}
