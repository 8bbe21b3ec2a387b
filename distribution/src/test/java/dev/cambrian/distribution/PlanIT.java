package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory, the parallel plan and sizing in the unpacked distribution, as issue 10 asks a user to try them. */
class PlanIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    @Test
    @DisplayName("a 1e15-parameter model on 8 H100s has no valid answer (exit 1) and says by how much it misses")
    void aModelThatCannotBeLoadedIsNotEstimated() throws Exception {
        Installed.Run run = cambrian.run(work, "estimate", "-w", "custom", "--parameters", "1e15", "--tokens", "1e13", "-b", "gpu-h100",
                "--set", "gpu-h100.devices=8");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("does not fit in memory on 8 devices").contains("needs at least 2.00 PB per device")
                .contains("H100 SXM 80GB has 80.0 GB");
        Installed.Run smaller = cambrian.run(work, "estimate", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "-b",
                "gpu-h100", "--set", "gpu-h100.devices=8");
        assertThat(smaller.exitCode()).isEqualTo(1);
        assertThat(smaller.err()).contains("the smallest cluster that fits is 16 devices");
    }

    @Test
    @DisplayName("plan prints TP/PP/DP, memory per device and the step split; its JSON layout multiplies to the devices used")
    void planShowsTheLayoutMemoryAndStep() throws Exception {
        Installed.Run run = cambrian.run(work, "plan", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "-b", "gpu-h100",
                "--set", "gpu-h100.devices=2048");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("TP \\d+ x PP \\d+ x DP \\d+").contains("ZeRO-").contains("of 72.0 GB")
                .contains("tensor-parallel").contains("pipeline bubble").contains("time from the split");
        Installed.Run json = cambrian.run(work, "plan", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "-b", "gpu-h100",
                "--set", "gpu-h100.devices=2048", "--format", "json");
        JsonNode plan = JSON.readTree(json.out()).get("results").get(0).get("plan");
        assertThat(plan.get("tensor").asLong() * plan.get("pipeline").asLong() * plan.get("data").asLong())
                .isEqualTo(plan.get("devicesUsed").asLong()).isLessThanOrEqualTo(2048);
        double memory = 0;
        for (JsonNode part : plan.get("memoryBytesPerDevice")) {
            memory += part.asDouble();
        }
        assertThat(memory).isLessThanOrEqualTo(plan.get("memoryCapacityBytes").asDouble());
        Installed.Run estimate = cambrian.run(work, "estimate", "-b", "gpu-h100", "--format", "json");
        assertThat(JSON.readTree(estimate.out()).get("results").get(0).get("plan").get("mode").asText()).isEqualTo("fitted");
    }

    @Test
    @DisplayName("plan's JSON carries what its page says: a backend that makes no plan, a global batch no layout fits")
    void planJsonKeepsItsNotes() throws Exception {
        Installed.Run json = cambrian.run(work, "plan", "-b", "photonic,gpu-h100", "--format", "json");
        assertThat(JSON.readTree(json.out()).get("warnings").toString())
                .contains("photonic makes no parallel plan"); // the table said so, the JSON had nothing
        Installed.Run batch = cambrian.run(work, "plan", "-b", "gpu-h100", "--set", "gpu-h100.global-batch-tokens=1");
        assertThat(batch.out()).contains("in batches of 1.00 tokens (global-batch-tokens, --set gpu-h100.global-batch-tokens)");
        // the JSON dropped such a backend: results [], infeasible [], warnings []
        Installed.Run batchJson = cambrian.run(work, "plan", "-b", "gpu-h100,gpu-b200", "--set", "gpu-b200.global-batch-tokens=1",
                "--format", "json");
        assertThat(batchJson.exitCode()).as(batchJson.err()).isZero();
        JsonNode results = JSON.readTree(batchJson.out()).get("results");
        assertThat(results).extracting(r -> r.get("backend").asText()).containsExactly("gpu-h100", "gpu-b200");
        assertThat(results.get(0).get("splitProblem").isNull()).isTrue();
        assertThat(results.get(1).get("plan").isNull()).isTrue();
        assertThat(results.get(1).get("trainingTimeSecondsFromSplit").isNull()).isTrue();
        assertThat(results.get(1).get("splitProblem").asText()).isNotBlank();
        assertThat(results.get(1).get("trainingTimeSecondsInForce").get("nominal").asDouble()).isPositive();
    }

    @Test
    @DisplayName("plan --format csv: one row per backend, bytes and seconds with the unit in the header, the layout multiplying out")
    void planCsvIsTidy() throws Exception {
        List<String> args = List.of("plan", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "-b", "gpu-h100,gpu-b200",
                "--set", "gpu-h100.devices=2048", "--set", "gpu-b200.devices=1024");
        Installed.Run csv = cambrian.run(work, concat(args, "--format", "csv"));
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        TidyCsv tidy = TidyCsv.read(csv.out());
        assertThat(tidy.header()).contains("backend", "devices_used_count", "tensor_count", "pipeline_count", "data_count",
                "memory_per_device_B", "memory_capacity_B", "memory_weights_B", "step_s", "step_compute_s",
                "time_from_split_nominal_s", "time_in_force_low_s", "time_in_force_nominal_s", "time_in_force_high_s");
        JsonNode results = JSON.readTree(cambrian.run(work, concat(args, "--format", "json")).out()).get("results");
        assertThat(tidy.rows()).extracting(r -> r.get("backend")).containsExactly("gpu-h100", "gpu-b200");
        for (int i = 0; i < tidy.rows().size(); i++) {
            Map<String, String> row = tidy.rows().get(i);
            double devices = TidyCsv.number(row, "devices_used_count");
            assertThat(TidyCsv.number(row, "tensor_count") * TidyCsv.number(row, "pipeline_count") * TidyCsv.number(row, "data_count"))
                    .isEqualTo(devices);
            assertThat(devices).isEqualTo(results.get(i).get("plan").get("devicesUsed").asDouble());
            assertThat(TidyCsv.number(row, "memory_per_device_B")).isLessThanOrEqualTo(TidyCsv.number(row, "memory_capacity_B"))
                    .isCloseTo(TidyCsv.number(row, "memory_weights_B") + TidyCsv.number(row, "memory_gradients_B")
                            + TidyCsv.number(row, "memory_optimizer_B") + TidyCsv.number(row, "memory_activations_B"), within(1.0));
            assertThat(TidyCsv.number(row, "time_in_force_nominal_s"))
                    .isEqualTo(results.get(i).get("trainingTimeSecondsInForce").get("nominal").asDouble())
                    .isBetween(TidyCsv.number(row, "time_in_force_low_s"), TidyCsv.number(row, "time_in_force_high_s"));
            assertThat(TidyCsv.number(row, "step_s")).isPositive();
        }
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    @DisplayName("--deadline stays within a backend's largest cluster and names the nearest; a relative backend says why it is not sized")
    void deadlineRespectsLimitsAndSaysWhy() throws Exception {
        Installed.Run run = cambrian.run(work, "estimate", "-w", "custom", "--parameters", "70e9", "--tokens", "2e12", "-b",
                "gpu-h100,photonic,cerebras-cs3", "--deadline", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cerebras-cs3: no device count finishes within 1 day; the nearest is 2,048 devices")
                .contains("(the most this backend allows)")
                .contains("photonic cannot be sized for --deadline");
        assertThat(run.out()).containsPattern("gpu-h100\\.devices = [0-9,]+ devices .* from --deadline 1.0 d");
    }
}
