package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds a working relative backend as a plugin jar, with code of a careless or hostile author put
 * in its static initialiser, constructor and model: the fixtures of issue 13's hostile-plugin pass.
 */
final class HostileJars {
    private HostileJars() {
    }

    /** A plugin {@code id} with one backend, also {@code id}; each piece of code may be empty. */
    static Path build(Path lib, Path work, Path pluginsDir, String fileName, String id, String backendId, String staticCode,
                      String constructorCode, String modelCode) throws Exception {
        String pkg = "hostile." + id.replace('-', '_');
        Path src = Files.createDirectories(work.resolve("src-" + id).resolve(pkg.replace('.', '/')));
        Files.writeString(src.resolve("Backend.java"), """
                package %s;

                import dev.cambrian.api.*;
                import dev.cambrian.api.relative.*;
                import java.util.List;
                import java.util.Map;
                import org.pf4j.Extension;

                @Extension
                public final class Backend extends RelativeBackend {
                    private static final String SOURCE = "hostile plugin fixture (Cambrian tests)";

                    static {
                        %s
                    }

                    public Backend() {
                        super(describe());
                        %s
                    }

                    @Override
                    public SpeedupModel speedup() {
                        SpeedupModel model = super.speedup();
                        return in -> {
                            %s
                            return model.estimate(in);
                        };
                    }

                    private static TechnologySpec describe() {
                        Map<OperationClass, ClassFigure> classes = Map.of(OperationClass.DENSE_MATMUL,
                                new ClassFigure(Range.of(0.9), Range.of(10), Range.of(10), SOURCE));
                        return new TechnologySpec(new BackendInfo("%s", "hostile fixture %s", Category.PHOTONIC, 3,
                                        "a test fixture", List.of(SOURCE)),
                                "fixture chip", false, classes,
                                RelativeParameters.builder().headline(Range.of(10), Range.of(10), SOURCE).classes(classes)
                                        .units(Range.of(100), SOURCE).unitPrice(Range.of(1000), SOURCE).premium(Range.of(0), SOURCE)
                                        .conversionOverhead(Range.of(0.1), SOURCE).coolingOverhead(Range.of(0.05), SOURCE).build(),
                                List.of(), List.of(new Profile("current", "as built", Map.of(), SOURCE)),
                                new Programme(List.of(new InvestmentLine("cards", Range.of(1e6), false, SOURCE)), null,
                                        List.of(new Programme.Step("delivery", 1)), SOURCE),
                                List.of());
                    }
                }
                """.formatted(pkg, staticCode, constructorCode, modelCode, backendId, id));
        Path classes = Files.createDirectories(work.resolve("classes-" + id));
        String classpath;
        try (Stream<Path> jars = Files.list(lib)) {
            classpath = String.join(java.io.File.pathSeparator, jars.map(Path::toString).toList());
        }
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-nowarn", "-cp", classpath,
                "-d", classes.toString(), src.resolve("Backend.java").toString());
        assertThat(javac).as("javac exit code for " + id).isZero();
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "1.0.0");
        main.putValue("Plugin-Requires", ">=1.0.0 & <2.0.0");
        main.putValue("Plugin-Provider", "hostile fixtures");
        Path jar = pluginsDir.resolve(fileName);
        write(classes, manifest, jar);
        return jar;
    }


    /** A jar of every file under {@code classes}, with this manifest. */
    static void write(Path classes, Manifest manifest, Path jar) throws java.io.IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }
}
