package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The example vendor plugin in examples/acme-photonic, built outside the reactor against the api
 * jar the distribution ships (as a plugin author builds against the published artifact), dropped
 * into a plugins folder: it then shows up in backends and rank.
 */
class VendorPluginIT {
    @TempDir
    Path work;

    @Test
    @DisplayName("a vendor plugin built outside the build and dropped in appears in backends and rank")
    void droppedInVendorPluginIsLoadedAndRanked() throws Exception {
        Installed cambrian = Installed.unpack(Files.createDirectory(work.resolve("install")));
        Path example = Path.of(System.getProperty("cambrian.examples")).resolve("acme-photonic");
        Path jar = build(example, cambrian.home.resolve("lib"), work.resolve("acme-photonic-1.0.0.jar"));
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
    @DisplayName("the absolute example (a datasheet and a few lines) built outside the build and dropped in is estimated and ranked")
    void droppedInAbsolutePluginIsLoadedAndRanked() throws Exception {
        Installed cambrian = Installed.unpack(Files.createDirectory(work.resolve("install")));
        Path example = Path.of(System.getProperty("cambrian.examples")).resolve("acme-accelerator");
        Path jar = build(example, cambrian.home.resolve("lib"), work.resolve("acme-accelerator-1.0.0.jar"));
        Files.copy(jar, cambrian.plugins().resolve(jar.getFileName()));

        Installed.Run backends = cambrian.run(work, "backends", "-v", "acme-ax1");
        assertThat(backends.exitCode()).as(backends.err()).isZero();
        assertThat(backends.out()).contains("acme-ax1").contains("acme-datasheet").contains("mfu-residual")
                .contains("fictional example");

        Installed.Run rank = cambrian.run(work, "rank", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12");
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(rank.out()).containsPattern("(?m)^\\d+\\s+acme-ax1\\s").contains("AX-1 OAM");
    }

    /** javac over the example's sources (PF4J's processor writes the extension index), then a jar with the pom's manifest. */
    static Path build(Path project, Path lib, Path target) throws Exception {
        Path classes = Files.createDirectories(target.resolveSibling("classes"));
        List<String> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        String classpath;
        try (Stream<Path> jars = Files.list(lib)) {
            classpath = String.join(java.io.File.pathSeparator, jars.map(Path::toString).toList());
        }
        List<String> args = new ArrayList<>(List.of("--release", "17", "-cp", classpath, "-d", classes.toString()));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
        assertThat(classes.resolve("META-INF/extensions.idx")).as("PF4J extension index").exists();

        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        NodeList entries = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("pom.xml").toFile())
                .getElementsByTagName("manifestEntries").item(0).getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            Node n = entries.item(i);
            if (n instanceof Element e) {
                manifest.getMainAttributes().putValue(e.getTagName(), e.getTextContent().trim());
            }
        }
        HostileJars.write(classes, manifest, target);
        return target;
    }
}
