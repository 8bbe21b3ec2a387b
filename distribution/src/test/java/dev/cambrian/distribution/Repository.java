package dev.cambrian.distribution;

import java.nio.file.Files;
import java.nio.file.Path;

/** The source checkout the build runs in: the distribution module's parent folder. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("cambrian.repository");
        Path root = (configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent()).normalize();
        if (!Files.isRegularFile(root.resolve("docs/bibliography.md"))) {
            throw new IllegalStateException("not a Cambrian checkout: " + root);
        }
        return root;
    }

    /** Build output, version control and tool folders: not the repository's text. */
    static boolean ignored(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.equals("target") || s.startsWith(".") || s.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }
}
