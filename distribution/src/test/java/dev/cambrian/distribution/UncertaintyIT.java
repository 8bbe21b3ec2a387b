package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cambrian uncertainty} (DESIGN 3.8) in the unpacked distribution, run as a user would. */
class UncertaintyIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path install;

    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.unpack(install);
    }

    private static JsonNode result(JsonNode results, String backend) {
        for (JsonNode r : results) {
            if (r.get("backend").asText().equals(backend)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + backend + " in " + results);
    }

    @Test
    @DisplayName("uncertainty --format json on the default scenario: every backend sampled, gpu-h100's P10-P90 time inside its rank range")
    void percentilesLieInsideTheRankRange() throws Exception {
        Installed.Run run = cambrian.run(work, "uncertainty", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("cambrian.uncertainty/v1");
        assertThat(root.get("samples").asInt()).isEqualTo(10_000);
        assertThat(root.get("seed").asLong()).isEqualTo(1);
        assertThat(root.get("scenario").get("name").asText()).isEqualTo("default");
        assertThat(root.get("workload").get("id").asText()).isEqualTo("grok-5");
        assertThat(root.get("results")).hasSize(10);
        JsonNode h100 = result(root.get("results"), "gpu-h100");
        JsonNode time = h100.get("trainingSeconds");

        Installed.Run rank = cambrian.run(work, "rank", "--format", "json");
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        JsonNode range = result(JSON.readTree(rank.out()).get("results"), "gpu-h100").get("trainingTimeSeconds");
        // the corners of the uncertain parameters bound a model monotone in each one, so every sample lies inside
        assertThat(time.get("p50").asDouble()).isBetween(range.get("low").asDouble(), range.get("high").asDouble());
        assertThat(time.get("p10").asDouble()).isGreaterThanOrEqualTo(range.get("low").asDouble());
        assertThat(time.get("p90").asDouble()).isLessThanOrEqualTo(range.get("high").asDouble());
        assertThat(time.get("p10").asDouble()).isLessThan(time.get("p90").asDouble());
        // utilization is gpu-h100's only uncertain input to its time: it must lead the sensitivity ranking
        assertThat(h100.get("sensitivity").get(0).get("parameter").asText()).isEqualTo("utilization");
        double sum = 0;
        for (JsonNode p : h100.get("rankProbabilities")) {
            sum += p.asDouble();
        }
        assertThat(sum).isBetween(1 - 1e-9, 1 + 1e-9);
    }

    @Test
    @DisplayName("the same seed gives the same output on one thread and on two; the table has its three parts")
    void reproducibleAcrossThreadCounts() throws Exception {
        Installed.Run one = cambrian.run(work, "uncertainty", "-b", "gpu-h100,photonic,gpu-b200", "--seed", "7", "--threads", "1",
                "--format", "json");
        Installed.Run two = cambrian.run(work, "uncertainty", "-b", "gpu-h100,photonic,gpu-b200", "--seed", "7", "--threads", "2",
                "--format", "json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        Installed.Run other = cambrian.run(work, "uncertainty", "-b", "gpu-h100,photonic,gpu-b200", "--seed", "8", "--format", "json");
        assertThat(other.out()).isNotEqualTo(one.out());

        Installed.Run table = cambrian.run(work, "uncertainty", "-b", "gpu-h100,gpu-b200", "--by", "cost", "--samples", "2000");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Uncertainty (2,000 samples, seed 1), ordered by median cost")
                .contains("Probability of each rank by cost").contains("Sensitivity of cost")
                .contains("Spearman").contains("price-per-device-hour");
    }

    @Test
    @DisplayName("bad --samples exits 2 with a one-line error naming the flag and the accepted range")
    void badSamplesExitTwo() throws Exception {
        Installed.Run run = cambrian.run(work, "uncertainty", "--samples", "10");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("error: --samples: must be between 100 and 10,000,000, got 10");
    }
}
