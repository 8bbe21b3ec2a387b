package dev.cambrian.host;

import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugins folder's lock file (docs/architecture.md §5): the SHA-256 of every plugin jar in the folder, one
 * {@code <hash>  <file name>} line each, sorted by name, after {@code #} comment lines. The lines
 * are what {@code sha256sum} writes, so {@code sha256sum -c plugins.lock} checks the folder too.
 */
public final class PluginLock {
    public static final String FILE_NAME = "plugins.lock";
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64})  (.+)");
    private static final String HEADER = """
            # plugins.lock: the SHA-256 of each plugin jar in this folder, written by 'cambrian plugins --lock'.
            # While this file is here, cambrian loads only the jars listed here, unchanged (and the jars their Class-Path loads).
            # One line per jar, as sha256sum writes it: hash, two spaces, file name ('sha256sum -c plugins.lock' checks them).
            """;

    private final Path file;
    private final SortedMap<String, String> hashes;

    private PluginLock(Path file, SortedMap<String, String> hashes) {
        this.file = file;
        this.hashes = hashes;
    }

    public static Path fileIn(Path pluginsDir) {
        return pluginsDir.resolve(FILE_NAME);
    }

    /** The folder's lock, or empty when it has none; a lock that cannot be read or parsed is bad input. */
    public static Optional<PluginLock> read(Path pluginsDir) {
        Path file = fileIn(pluginsDir);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(file + ": cannot read the lock file (permission denied); ask its owner to make it"
                    + " readable (chmod a+r), or write your own with 'cambrian plugins --lock'", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the lock file (" + IoReason.of(e)
                    + "); write it again with 'cambrian plugins --lock'", e);
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new InputException(where + "expected '<64 hex digits>  <jar file name>', got '" + abbreviate(line)
                        + "'; write the lock again with 'cambrian plugins --lock'");
            }
            String name = m.group(2);
            if (name.contains("\\")) {
                throw new InputException(where + "'" + name + "' has a backslash; the lock names files with '/' between folders");
            }
            if (hashes.put(name, m.group(1).toLowerCase(Locale.ROOT)) != null) {
                throw new InputException(where + name + " is listed twice; write the lock again with 'cambrian plugins --lock'");
            }
        }
        return Optional.of(new PluginLock(file, hashes));
    }

    /**
     * Hashes every plugin jar in the folder and writes the lock beside them: a temporary file moved
     * into place, so a reader sees the old lock or the new one, never half of one.
     *
     * @throws IOException with a message that names the file and the reason
     */
    public static PluginLock write(Path pluginsDir) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Path jar : PluginHost.entries(pluginsDir)) {
            String name = jar.getFileName().toString();
            if (PluginArchive.isJarName(name) && Files.isRegularFile(jar)) {
                if (name.contains("\n") || name.contains("\r")) {
                    throw new IOException("cannot lock " + jar.toString().strip() + ": its name has a line break; rename it");
                }
                try {
                    hashes.put(name, sha256(jar));
                    for (Path dependency : ClassPathJars.of(jar)) {
                        hashes.put(key(pluginsDir, dependency), sha256(dependency));
                    }
                } catch (IOException e) {
                    throw new IOException("cannot read " + jar + " or what it loads (" + IoReason.of(e) + "); nothing was written", e);
                } catch (ClassPathJars.Uncoverable e) {
                    throw new IOException("cannot lock " + name + ": " + e.getMessage() + "; nothing was written", e);
                }
            }
        }
        StringBuilder text = new StringBuilder(HEADER);
        hashes.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
        Path target = fileIn(pluginsDir);
        try {
            AtomicFile.write(target, text.toString()); // its temporary file is a dot-file: never listed as a plugin
        } catch (IOException e) {
            throw new IOException("cannot write " + target + " (" + IoReason.of(e) + "); check that the folder is writable", e);
        }
        return new PluginLock(target, hashes);
    }

    public Path file() {
        return file;
    }

    /** File name to lowercase hex SHA-256, sorted by name. */
    public Map<String, String> entries() {
        return Collections.unmodifiableSortedMap(hashes);
    }

    /**
     * Why this jar is refused, or empty when the lock lists it with this content, and every jar its
     * manifest's Class-Path loads as well.
     */
    Optional<String> refusal(Path jar) {
        String name = jar.getFileName().toString();
        String relock = "run 'cambrian plugins --lock' if you trust it";
        Optional<String> own = mismatch(name, jar, relock);
        if (own.isPresent()) {
            return own;
        }
        try {
            for (Path dependency : ClassPathJars.of(jar)) {
                String key = key(file.getParent(), dependency);
                Optional<String> wrong = mismatch(key, dependency, relock);
                if (wrong.isPresent()) {
                    return Optional.of("loads " + key + " (its manifest Class-Path): " + wrong.get());
                }
            }
        } catch (ClassPathJars.Uncoverable e) {
            return Optional.of(e.getMessage() + ", so not loaded (" + FILE_NAME + " is in force)");
        } catch (IOException e) {
            return Optional.of("cannot be read to check it against " + FILE_NAME + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<String> mismatch(String key, Path file, String relock) {
        String expected = hashes.get(key);
        if (expected == null) {
            return Optional.of("not in " + FILE_NAME + ", so not loaded (" + FILE_NAME + " is in force); " + relock);
        }
        String actual;
        try {
            actual = sha256(file);
        } catch (IOException e) {
            return Optional.of("cannot be read to check it against " + FILE_NAME + ": " + e.getMessage());
        }
        if (!actual.equals(expected)) {
            return Optional.of("SHA-256 " + actual.substring(0, 12) + "... differs from " + expected.substring(0, 12)
                    + "... in " + FILE_NAME + ", so not loaded (" + FILE_NAME + " is in force): the file changed since it"
                    + " was locked; restore it, or " + relock);
        }
        return Optional.empty();
    }

    /** How the lock names a file: its path from the plugins folder, with '/' ("lib/dep.jar", "../shared/x.jar"). */
    static String key(Path pluginsDir, Path file) {
        Path relative = pluginsDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    /** A problem for each locked file that is not in the folder. */
    List<PluginProblem> missingFiles(Path pluginsDir) {
        List<PluginProblem> missing = new ArrayList<>();
        for (String name : hashes.keySet()) {
            // a plugin jar, or a jar a plugin's Class-Path loads (lib/dep.jar): the folder is not what was locked either way
            if (!Files.exists(pluginsDir.resolve(name))) {
                missing.add(new PluginProblem(name, name, "listed in " + FILE_NAME + " but not "
                        + (name.contains("/") ? "at " + name + " from the plugins folder (a jar a plugin's Class-Path loads)"
                        : "in the plugins folder") + "; restore it, or run 'cambrian plugins --lock' to lock the folder as it is"));
            }
        }
        return missing;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
