package dev.cambrian.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Makes broken variants of a real plugin jar, as a careless plugin author might ship them. */
final class PluginJars {
    private PluginJars() {
    }

    /** A copy of {@code source} with manifest attributes replaced (a null value removes one) and extra entries. */
    static Path variant(Path source, Path target, Map<String, String> manifest, Map<String, byte[]> extraEntries) throws IOException {
        try (JarFile in = new JarFile(source.toFile())) {
            Manifest m = new Manifest(in.getManifest());
            manifest.forEach((k, v) -> {
                if (v == null) {
                    m.getMainAttributes().remove(new Attributes.Name(k));
                } else {
                    m.getMainAttributes().putValue(k, v);
                }
            });
            try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file, m)) {
                for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> extra : extraEntries.entrySet()) {
                    out.putNextEntry(new JarEntry(extra.getKey()));
                    out.write(extra.getValue());
                    out.closeEntry();
                }
            }
        }
        return target;
    }
}
