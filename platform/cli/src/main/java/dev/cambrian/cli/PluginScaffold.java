package dev.cambrian.cli;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new plugin's project: a pom naming cambrian-plugin-parent, a backend on the absolute or the
 * relative kit, and the TCK's two contracts, rendered from the templates in {@code newplugin/}.
 */
final class PluginScaffold {
    /** The kit the backend is written with. */
    enum Kind {
        ABSOLUTE("Absolute.java"), RELATIVE("Relative.java");

        final String template;

        Kind(String template) {
            this.template = template;
        }
    }

    /** What a plugin id must look like: the host's ids are kebab-case. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_.-]+");
    /**
     * Names and providers go into Java strings, a Javadoc comment and XML text verbatim; these would need escaping
     * there ("*\/" ends the comment, "${" is a Maven property).
     */
    private static final Pattern UNSAFE_TEXT = Pattern.compile("[\"\\\\<>&\\p{Cntrl}]|\\*/|\\$\\{");
    private static final java.util.List<String> RESERVED_PACKAGES = java.util.List.of("dev.cambrian.api.", "dev.cambrian.host.",
            "dev.cambrian.engine.", "dev.cambrian.cli.", "org.pf4j.", "java.", "javax.", "jdk.", "sun.");
    private static final String TEMPLATES = "newplugin/";

    private PluginScaffold() {
    }

    /** The project's files, relative path to content; throws IllegalArgumentException naming what is wrong. */
    static Map<String, String> render(Kind kind, String id, String packageName, String groupId, String name, String provider) {
        require(ID.matcher(id).matches(), "plugin id '" + id + "' must be kebab-case: a lower-case letter, then lower-case letters,"
                + " digits and single dashes (for example acme-photonic)");
        // the id is the plugin's and its backend's: a bundled one fails the scaffold's own TCK run, and the host keeps the bundled
        String taken = dev.cambrian.host.BundledPlugins.backendIds().contains(id) ? "backend's"
                : dev.cambrian.host.BundledPlugins.isBundled(id) ? "plugin's" : null;
        require(taken == null, "plugin id '" + id + "' is a bundled " + taken + " id (Cambrian ships it, so the TCK and the host"
                + " refuse it); choose another, e.g. acme-" + id);
        require(PACKAGE.matcher(packageName).matches(), "package '" + packageName + "' is not a lower-case Java package name");
        // a segment that is a Java keyword (int, class, new, goto) passes the pattern and fails javac
        require(javax.lang.model.SourceVersion.isName(packageName, javax.lang.model.SourceVersion.RELEASE_17), "package '"
                + packageName + "' has a Java keyword as a segment; choose another plugin id or --package");
        // the host refuses a jar with classes in its own or the JDK's packages; javac refuses java.* outright
        for (String reserved : RESERVED_PACKAGES) {
            require(!(packageName + ".").startsWith(reserved), "package '" + packageName + "' is in " + reserved
                    + "*, which plugin jars may not use (the host's, PF4J's or the JDK's); choose your own, e.g. com.acme.cambrian");
        }
        require(GROUP.matcher(groupId).matches(), "group id '" + groupId + "' may hold only letters, digits, '.', '_' and '-'");
        require(!name.isBlank() && !UNSAFE_TEXT.matcher(name).find(), "name '" + name + "' must be non-blank, without quotes, backslashes, <, >, &, '*/' or '${'");
        require(!provider.isBlank() && !UNSAFE_TEXT.matcher(provider).find(),
                "provider '" + provider + "' must be non-blank, without quotes, backslashes, <, >, &, '*/' or '${'");
        String className = className(id);
        Map<String, String> scope = Map.of("kind", kind.name().toLowerCase(Locale.ROOT), "id", id, "package", packageName,
                "groupId", groupId, "name", name, "provider", provider, "className", className,
                "cambrianVersion", cambrianVersion());
        String sources = "src/main/java/" + packageName.replace('.', '/') + "/";
        String tests = "src/test/java/" + packageName.replace('.', '/') + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", fill("pom.xml", scope));
        files.put(sources + className + ".java", fill(kind.template, scope));
        files.put(tests + className + "ContractTest.java", fill("ContractTest.java", scope));
        files.put(tests + className + "PackagingIT.java", fill("PackagingIT.java", scope));
        return files;
    }

    /** "acme-ax1" -> "AcmeAx1Backend". */
    static String className(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return b.append("Backend").toString();
    }

    /** "acme-ax1" -> "acmeax1", a package segment. */
    static String packageSegment(String id) {
        return id.replace("-", "");
    }

    /**
     * Writes the files into a new folder {@code target}, which must not exist: they are written into a
     * hidden sibling first and moved into place at once, so a failure leaves no half-made project.
     */
    static void write(Path target, Map<String, String> files) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = staging.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** This build's version: the version of cambrian-plugin-parent in the distribution's sdk/repository. */
    static String cambrianVersion() {
        try (InputStream in = PluginScaffold.class.getResourceAsStream(TEMPLATES + "platform.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("cambrian.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, Map<String, String> scope) {
        Mustache mustache = FACTORY.compile(TEMPLATES_ROOT + template + ".mustache");
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static final String TEMPLATES_ROOT = "dev/cambrian/cli/" + TEMPLATES;

    /** Values are inserted as they are (they were checked above): Java and XML, not HTML. */
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
}
