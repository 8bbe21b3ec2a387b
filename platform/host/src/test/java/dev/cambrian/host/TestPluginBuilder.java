package dev.cambrian.host;

import dev.cambrian.api.HardwareBackend;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.pf4j.ExtensionPoint;

/**
 * Builds a real PF4J plugin jar at test time: compiles Java sources in memory against the test
 * classpath (which holds cambrian-api and PF4J), and writes a jar with a PF4J manifest and the
 * extension index {@code META-INF/extensions.idx} written by hand (the annotation processor is off,
 * so what the index lists is exactly what the test says).
 *
 * <pre>{@code
 * Path jar = TestPluginBuilder.plugin("good")
 *         .backend(TestBackendSource.of("test.good", "GoodBackend", "good-backend"))
 *         .buildInto(pluginsDir);
 * }</pre>
 *
 * Faults are built on purpose with {@link #withoutDescriptor()}, {@link #requires(String)},
 * {@link #omit(String)} (a class compiled against but left out of the jar), {@link #bundle(Class)}
 * (a host class copied in) and {@link #entry(String, byte[])}.
 */
public final class TestPluginBuilder {
    /** What a well-behaved plugin states: this major version of the API, at least 1.0.0. */
    public static final String GOOD_REQUIRES = ">=1.0.0 & <2.0.0";
    public static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

    private final String id;
    private String version = "1.0.0";
    private String requires = GOOD_REQUIRES;
    private String provider = "Cambrian tests";
    private String pluginClass;
    private String classPath;
    private String dependencies;
    private boolean descriptor = true;
    private String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Set<String> extensions = new LinkedHashSet<>();
    private final Set<String> omitted = new LinkedHashSet<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

    private TestPluginBuilder(String id) {
        this.id = id;
    }

    /** A plugin with this {@code Plugin-Id}, version 1.0.0, requiring {@value #GOOD_REQUIRES}. */
    public static TestPluginBuilder plugin(String id) {
        return new TestPluginBuilder(id);
    }

    public TestPluginBuilder version(String pluginVersion) {
        this.version = pluginVersion;
        return this;
    }

    /** The {@code Plugin-Requires} constraint; {@code null} leaves the attribute out. */
    public TestPluginBuilder requires(String constraint) {
        this.requires = constraint;
        return this;
    }

    public TestPluginBuilder provider(String pluginProvider) {
        this.provider = pluginProvider;
        return this;
    }

    /** The {@code Plugin-Class} (a subclass of {@code org.pf4j.Plugin}); by default none, so PF4J uses its own. */
    public TestPluginBuilder pluginClass(String className) {
        this.pluginClass = className;
        return this;
    }

    /** The {@code Plugin-Dependencies} attribute (other plugins this one needs); by default none. */
    public TestPluginBuilder dependencies(String value) {
        this.dependencies = value;
        return this;
    }

    /** The manifest's {@code Class-Path}: jars (relative URLs) the class loader reads besides this one. */
    public TestPluginBuilder classPath(String entries) {
        this.classPath = entries;
        return this;
    }

    /** Writes a manifest with no {@code Plugin-*} attributes at all: an ordinary jar, not a plugin. */
    public TestPluginBuilder withoutDescriptor() {
        this.descriptor = false;
        return this;
    }

    /** The jar's file name; by default {@code <id>-<version>.jar}. */
    public TestPluginBuilder fileName(String name) {
        this.fileName = name;
        return this;
    }

    /** A Java source to compile, by fully qualified class name. */
    public TestPluginBuilder source(String className, String javaSource) {
        sources.put(className, javaSource);
        return this;
    }

    /** Lists a class in the extension index. */
    public TestPluginBuilder extension(String className) {
        extensions.add(className);
        return this;
    }

    /** A backend: its source, compiled, and its class listed in the extension index. */
    public TestPluginBuilder backend(TestBackendSource backend) {
        return source(backend.className(), backend.source()).extension(backend.className());
    }

    /** Compiles a class (so others can refer to it) but leaves it out of the jar, with its nested classes. */
    public TestPluginBuilder omit(String className) {
        omitted.add(className);
        return this;
    }

    /** An extra raw entry in the jar. */
    public TestPluginBuilder entry(String name, byte[] content) {
        extraEntries.put(name, content.clone());
        return this;
    }

    /** Copies the class file of a class on the test classpath into the jar, as a careless build would. */
    public TestPluginBuilder bundle(Class<?> hostClass) {
        String name = hostClass.getName().replace('.', '/') + ".class";
        try (InputStream in = hostClass.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no class file for " + hostClass.getName() + " on the test classpath");
            }
            return entry(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id() {
        return id;
    }

    /** Compiles the sources and writes the jar into {@code dir}; returns its path. */
    public Path buildInto(Path dir) {
        Map<String, byte[]> classes = compile(sources);
        Path jar = dir.resolve(fileName != null ? fileName : id + "-" + version + ".jar");
        try {
            Files.createDirectories(dir);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest())) {
                if (!extensions.isEmpty()) {
                    put(out, EXTENSIONS_INDEX, (String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    if (!isOmitted(c.getKey())) {
                        put(out, c.getKey().replace('.', '/') + ".class", c.getValue());
                    }
                }
                for (Map.Entry<String, byte[]> e : extraEntries.entrySet()) {
                    put(out, e.getKey(), e.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
        return jar;
    }

    private boolean isOmitted(String className) {
        return omitted.stream().anyMatch(o -> className.equals(o) || className.startsWith(o + "$"));
    }

    private Manifest manifest() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0"); // without it no attribute is written at all
        main.putValue("Created-By", "Cambrian TestPluginBuilder");
        if (classPath != null) {
            main.put(Attributes.Name.CLASS_PATH, classPath);
        }
        if (descriptor) {
            main.putValue("Plugin-Id", id);
            main.putValue("Plugin-Version", version);
            if (requires != null) {
                main.putValue("Plugin-Requires", requires);
            }
            main.putValue("Plugin-Provider", provider);
            if (dependencies != null) {
                main.putValue("Plugin-Dependencies", dependencies);
            }
            if (pluginClass != null) {
                main.putValue("Plugin-Class", pluginClass);
            }
        }
        return manifest;
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    /**
     * Compiles sources in memory against the test classpath, annotation processing off. Returns every
     * class file produced (nested and synthetic classes too), by binary name, sorted.
     */
    public static Map<String, byte[]> compile(Map<String, String> sources) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> output = new TreeMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new SourceFile(name, text)));
        List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                "-classpath", classpath());
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             InMemoryOutput files = new InMemoryOutput(standard, output)) {
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) {
                throw new IllegalStateException("test plugin sources do not compile:\n" + diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> classes = new TreeMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    /** The test classpath, plus where the api and PF4J were loaded from (in case it is a manifest-only jar). */
    static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
            }
        }
        entries.add(location(HardwareBackend.class));
        entries.add(location(ExtensionPoint.class));
        return String.join(File.pathSeparator, entries);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class SourceFile extends SimpleJavaFileObject {
        private final String text;

        SourceFile(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> output;

        InMemoryOutput(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> output) {
            super(standard);
            this.output = output;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
                throw new IllegalStateException("unexpected compiler output " + location + " " + className);
            }
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    output.put(className, bytes);
                    return bytes;
                }
            };
        }
    }
}
