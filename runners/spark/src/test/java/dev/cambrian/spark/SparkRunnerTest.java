package dev.cambrian.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cambrian.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark runner in local mode with two worker threads: one small job, compared with the single run. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SparkRunnerTest {
    private static final List<String> SWEEP = List.of("sweep", "-w", "gpt-3,gpt-4", "--devices", "1000,4000", "-b",
            "gpu-h100,photonic", "--samples", "200", "--seed", "7", "--format", "csv");

    @TempDir
    static Path plugins;

    @BeforeAll
    static void lockedPlugins() throws Exception {
        Path built = Path.of(System.getProperty("cambrian.test.plugins"));
        try (var jars = Files.list(built)) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        Run lock = cli(List.of("plugins", "--lock", "--plugins", plugins.toString()));
        assertThat(lock.code()).as(lock.err()).isZero();
        assertThat(plugins.resolve(SparkRunner.LOCK_FILE)).isRegularFile();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @org.junit.jupiter.api.Order(1) // first, so that its timing line gives the JVM's first Spark context start
    @DisplayName("a sweep cut into 4 shards on local[2] and merged by the driver is the single run byte for byte")
    void shardsOnSparkMergeIntoTheSingleRun() {
        List<String> single = new ArrayList<>(SWEEP);
        single.addAll(List.of("--plugins", plugins.toString(), "--verify-plugins"));
        long t0 = System.nanoTime();
        Run alone = cli(single);
        long t1 = System.nanoTime();
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(alone.out().lines().count()).as("a header and 2 x 2 x 2 points").isEqualTo(9);

        List<String> args = new ArrayList<>(List.of("--plugins", plugins.toString(), "--shards", "4", "--"));
        args.addAll(SWEEP);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SparkConf conf = conf();
        int code;
        long t2 = System.nanoTime();
        long t3;
        long t4;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            t3 = System.nanoTime();
            code = SparkRunner.run(sc, args, new PrintWriter(out, true), new PrintWriter(err, true));
            t4 = System.nanoTime();
        }
        // what the README quotes as the runner's start-up cost (target/surefire-reports/*-output.txt)
        System.out.printf("timing: single run %d ms; Spark local[2] context start (the JVM's first) %d ms; 4 shards on it %d ms;"
                + " context stop %d ms%n", (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                (System.nanoTime() - t4) / 1_000_000);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(alone.out());
    }

    @Test
    @DisplayName("uncertainty cut into 3 shards on local[2] and joined by the driver is the single run byte for byte")
    void uncertaintyOnSparkMergesIntoTheSingleRun() {
        List<String> run = List.of("uncertainty", "-b", "gpu-h100,photonic", "--samples", "10000", "--seed", "2",
                "--format", "json");
        List<String> single = new ArrayList<>(run);
        single.addAll(List.of("--plugins", plugins.toString(), "--verify-plugins"));
        Run alone = cli(single);
        assertThat(alone.code()).as(alone.err()).isZero();
        List<String> args = new ArrayList<>(List.of("--plugins", plugins.toString(), "--shards", "3", "--"));
        args.addAll(run);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (JavaSparkContext sc = new JavaSparkContext(conf())) {
            code = SparkRunner.run(sc, args, new PrintWriter(out, true), new PrintWriter(err, true));
        }
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(alone.out());
    }

    private static SparkConf conf() {
        return new SparkConf().setMaster("local[2]").setAppName("cambrian-test").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }

    @Test
    @DisplayName("a worker whose plugins.lock is not the driver's refuses to run")
    void aWorkerWithOtherPluginsRefuses() throws Exception {
        ShardResult r = ShardWork.run(new ShardTask(SWEEP, plugins.toString(), "not the lock".getBytes(), Map.of(), 1, 2));
        assertThat(r.exitCode()).isEqualTo(SparkRunner.BAD_INPUT);
        assertThat(r.errors()).contains("differs from the driver's");
        assertThat(r.output()).isEmpty();
    }
}
