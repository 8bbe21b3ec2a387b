package dev.cambrian.spark;

import dev.cambrian.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code cambrian sweep} or {@code cambrian uncertainty} on a Spark cluster: the run is cut into N
 * shards, each a Spark task that runs the command's own code with {@code --shard i/N} on a worker
 * ({@link ShardWork}); the driver collects the shards' outputs and joins them as {@code cambrian merge}
 * (sweep) or {@code uncertainty --merge} does, so the result is byte for byte the single run's.
 *
 * <pre>
 *   spark-submit --class dev.cambrian.spark.SparkRunner cambrian-spark-runner.jar \
 *       --plugins /shared/cambrian/plugins --shards 64 [--output FILE] -- sweep|uncertainty OPTIONS...
 * </pre>
 *
 * The plugins folder must hold a plugins.lock ({@code cambrian plugins --lock}) and exist at the same
 * path on every worker; the driver ships the lock and each worker refuses to run on plugins that do
 * not match it.
 */
public final class SparkRunner {
    static final String LOCK_FILE = "plugins.lock";
    static final int BAD_INPUT = 2;
    static final int NOTHING_VALID = 1;
    static final List<String> COMMANDS = List.of("sweep", "uncertainty");

    private SparkRunner() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("cambrian sweep"))) {
            code = run(sc, List.of(args), out, err);
        }
        System.exit(code);
    }

    /** Parses the runner's own options, then runs the sweep's shards on {@code sc}; returns the exit code. */
    public static int run(JavaSparkContext sc, List<String> args, PrintWriter out, PrintWriter err) {
        Path plugins = null;
        Integer shards = null;
        String output = null;
        int dashes = args.indexOf("--");
        List<String> own = dashes < 0 ? args : args.subList(0, dashes);
        for (int i = 0; i < own.size(); i++) {
            String a = own.get(i);
            String value = i + 1 < own.size() ? own.get(i + 1) : null;
            switch (a) {
                case "--plugins" -> plugins = Path.of(require(value, a));
                case "--shards" -> shards = parseShards(require(value, a));
                case "--output", "-o" -> output = require(value, a);
                default -> throw new IllegalArgumentException("unknown option " + a + "; usage: --plugins DIR --shards N"
                        + " [--output FILE] -- sweep|uncertainty OPTIONS");
            }
            i++;
        }
        if (plugins == null || shards == null || dashes < 0) {
            err.println("error: usage: --plugins DIR --shards N [--output FILE] -- sweep|uncertainty OPTIONS");
            return BAD_INPUT;
        }
        List<String> sweep = new ArrayList<>(args.subList(dashes + 1, args.size()));
        if (sweep.isEmpty() || !COMMANDS.contains(sweep.get(0))) {
            err.println("error: after --: the command to run, sweep or uncertainty, then its options");
            return BAD_INPUT;
        }
        if (sweep.get(0).equals("sweep") && !sweep.contains("--format")) {
            sweep.addAll(List.of("--format", "csv"));
        }
        try {
            return runShards(sc, plugins, shards, sweep, output, out, err);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static int runShards(JavaSparkContext sc, Path plugins, int shards, List<String> sweep, String output,
            PrintWriter out, PrintWriter err) throws IOException {
        Path lockFile = plugins.resolve(LOCK_FILE);
        if (!Files.isRegularFile(lockFile)) {
            err.println("error: --plugins " + plugins + ": no " + LOCK_FILE + "; write it with 'cambrian plugins --lock"
                    + " --plugins " + plugins + "': workers must load the same locked plugins");
            return BAD_INPUT;
        }
        byte[] lock = Files.readAllBytes(lockFile);
        Map<String, byte[]> scenarioFiles = scenarioFiles(sweep);
        List<ShardTask> tasks = new ArrayList<>();
        for (int i = 1; i <= shards; i++) {
            tasks.add(new ShardTask(sweep, plugins.toAbsolutePath().toString(), lock, scenarioFiles, i, shards));
        }
        List<ShardResult> results = new ArrayList<>(sc.parallelize(tasks, shards).map(ShardWork::run).collect());
        results.sort(Comparator.comparingInt(ShardResult::index));
        for (ShardResult r : results) {
            if (!r.errors().isEmpty()) {
                err.print("shard " + r.index() + "/" + shards + ": " + r.errors());
            }
            if (r.exitCode() != 0 && r.exitCode() != NOTHING_VALID) {
                err.println("error: shard " + r.index() + "/" + shards + " exited with " + r.exitCode());
                err.flush();
                return r.exitCode();
            }
        }
        err.flush();
        Path parts = Files.createTempDirectory("cambrian-shards");
        try {
            List<String> files = new ArrayList<>();
            for (ShardResult r : results) {
                Path f = parts.resolve("shard-" + r.index() + ".txt");
                Files.writeString(f, r.output(), StandardCharsets.UTF_8);
                files.add(f.toString());
            }
            // a sweep's rows join as they are; uncertainty's samples are rendered by the command on the driver's plugins
            List<String> merge = new ArrayList<>();
            if (sweep.get(0).equals("sweep")) {
                merge.add("merge");
            } else {
                merge.addAll(sweep);
                merge.addAll(List.of("--plugins", plugins.toString(), "--verify-plugins", "--merge"));
            }
            merge.addAll(files);
            if (output != null) {
                merge.addAll(List.of("--output", output));
            }
            return Main.run(merge.toArray(String[]::new), out, err);
        } finally {
            try (var files = Files.list(parts)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(parts);
        }
    }

    /** The scenario files the sweep's arguments name, by the name given, with their contents. */
    static Map<String, byte[]> scenarioFiles(List<String> sweep) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i + 1 < sweep.size(); i++) {
            if (sweep.get(i).equals("--scenario")) {
                for (String name : sweep.get(i + 1).split(",")) {
                    if (Files.isRegularFile(Path.of(name))) {
                        files.put(name, Files.readAllBytes(Path.of(name)));
                    }
                }
            }
        }
        return files;
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + ": needs a value");
        }
        return value;
    }

    private static int parseShards(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // one message below
        }
        throw new IllegalArgumentException("--shards: expected a positive whole number, got '" + value + "'");
    }
}
