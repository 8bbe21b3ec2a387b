package dev.cambrian.spark;

import dev.cambrian.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A worker's side: checks that its plugins folder holds the driver's lock, then runs exactly what
 * {@code cambrian sweep|uncertainty ... --shard i/N} runs, in-process, with the lock insisted on. The same code as
 * the command line, so a shard computed here is the shard a single machine computes.
 */
final class ShardWork {
    private ShardWork() {
    }

    static ShardResult run(ShardTask t) throws IOException {
        Path plugins = Path.of(t.pluginsDir());
        Path lockFile = plugins.resolve(SparkRunner.LOCK_FILE);
        byte[] local = Files.isRegularFile(lockFile) ? Files.readAllBytes(lockFile) : null;
        if (!Arrays.equals(local, t.lock())) {
            return new ShardResult(t.index(), SparkRunner.BAD_INPUT, "", "error: worker: " + lockFile
                    + (local == null ? " is missing" : " differs from the driver's") + ": every worker needs the same"
                    + " locked plugins\n");
        }
        Path scenarios = t.scenarioFiles().isEmpty() ? null : Files.createTempDirectory("cambrian-scenarios");
        try {
            List<String> args = new ArrayList<>(withLocalScenarios(t.arguments(), t.scenarioFiles(), scenarios));
            args.addAll(List.of("--plugins", plugins.toString(), "--verify-plugins", "--shard", t.index() + "/" + t.count()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            return new ShardResult(t.index(), code, out.toString(), err.toString());
        } finally {
            if (scenarios != null) {
                try (var files = Files.walk(scenarios)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    /** The arguments with each shipped scenario file written under {@code dir} and named by its new path. */
    static List<String> withLocalScenarios(List<String> args, Map<String, byte[]> files, Path dir) throws IOException {
        List<String> out = new ArrayList<>(args);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (!out.get(i).equals("--scenario")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String name : out.get(i + 1).split(",")) {
                byte[] content = files.get(name);
                if (content == null) {
                    names.add(name);
                    continue;
                }
                // the file name is kept (a scenario without a name takes it), in a folder of its own per file
                Path copy = Files.createDirectories(dir.resolve(String.valueOf(names.size()))).resolve(
                        Path.of(name).getFileName());
                Files.write(copy, content);
                names.add(copy.toString());
            }
            out.set(i + 1, String.join(",", names));
        }
        return out;
    }
}
