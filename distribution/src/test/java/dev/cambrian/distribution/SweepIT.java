package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep}, {@code --shard}, {@code merge} and {@code project --backend} in the unpacked distribution. */
class SweepIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 2 workloads x 2 device counts x 2 lever sets x 3 backends = 24 points, with Monte Carlo (kept small for CI). */
    private static final List<String> GRID = List.of("sweep", "-w", "gpt-3,gpt-4", "--devices", "2000,8000",
            "--lever-set", "none", "--lever-set", "mx-format", "-b", "gpu-h100,photonic,tpu-v5p", "--samples", "100",
            "--seed", "3");

    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    private Installed.Run sweep(String format, String... more) throws Exception {
        List<String> args = new ArrayList<>(GRID);
        args.addAll(List.of("--format", format));
        args.addAll(List.of(more));
        return cambrian.run(work, args.toArray(String[]::new));
    }

    @Test
    @DisplayName("a sweep split into 4 shards and merged (in any order) is the single run byte for byte, CSV and JSON lines")
    void fourShardsMergeIntoTheSingleRun() throws Exception {
        for (String format : List.of("csv", "jsonl")) {
            Installed.Run single = sweep(format);
            assertThat(single.exitCode()).as(single.err()).isZero();
            assertThat(single.err()).as("no progress bar when stderr is not a terminal").isEmpty();
            List<String> files = new ArrayList<>();
            for (int i = 4; i >= 1; i--) { // shards written in reverse: merge orders them by their header
                Path f = work.resolve("part-" + i + "." + format);
                Installed.Run part = sweep(format, "--shard", i + "/4", "-o", f.toString());
                assertThat(part.exitCode()).as(part.err()).isZero();
                assertThat(Files.readString(f)).startsWith("# cambrian-shard ");
                files.add(f.toString());
            }
            List<String> merge = new ArrayList<>(List.of("merge"));
            merge.addAll(files);
            Installed.Run merged = cambrian.run(work, merge.toArray(String[]::new));
            assertThat(merged.exitCode()).as(merged.err()).isZero();
            assertThat(merged.out().getBytes(StandardCharsets.UTF_8)).as(format)
                    .isEqualTo(single.out().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("a part edited and hashed again is refused for what it holds: another part's chunk, a chunk skipped alone")
    void aRehashedEditedPartIsRefusedForWhatItHolds() throws Exception {
        // its hash passed, and the merge ended in an internal error (exit 1) or took another part's chunk in silence
        List<String> run = List.of("uncertainty", "-b", "gpu-h100", "--samples", "9000");
        for (int i = 1; i <= 2; i++) {
            List<String> args = new ArrayList<>(run);
            args.addAll(List.of("--shard", i + "/2", "-o", work.resolve("edit-" + i + ".txt").toString()));
            assertThat(cambrian.run(work, args.toArray(String[]::new)).exitCode()).isZero();
        }
        List<String> lines = Files.readAllLines(work.resolve("edit-2.txt"));
        com.fasterxml.jackson.databind.node.ObjectNode header = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(lines.get(0).substring("# cambrian-shard ".length()));
        com.fasterxml.jackson.databind.node.ObjectNode line = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(lines.get(1));
        for (String edit : List.of("chunk", "skipped")) {
            com.fasterxml.jackson.databind.node.ObjectNode edited = line.deepCopy();
            if (edit.equals("chunk")) {
                edited.put("chunk", 0); // shard 1/2's chunk, in shard 2/2's part
            } else {
                edited.put("skipped", true);
            }
            List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
            body.set(0, JSON.writeValueAsString(edited));
            String text = String.join("\n", body) + "\n";
            header.put("body", partHash(header.get("shard").asText(), text));
            Path part = work.resolve("edited-" + edit + ".txt");
            Files.writeString(part, "# cambrian-shard " + JSON.writeValueAsString(header) + "\n" + text);
            List<String> merge = new ArrayList<>(run);
            merge.addAll(List.of("--merge", work.resolve("edit-1.txt").toString(), part.toString()));
            Installed.Run refused = cambrian.run(work, merge.toArray(String[]::new));
            assertThat(refused.exitCode()).as(edit + ": " + refused.err()).isEqualTo(2);
            assertThat(refused.err()).as(edit).contains(edit.equals("chunk") ? "chunk 1 is not one of shard 2/2's"
                    : "is marked skipped, but no chunk of it failed");
        }
    }

    @Test
    @DisplayName("sweep, project and compose say what they say of a value the user gave, as estimate does")
    void sweepAndProjectWarnOfTheValuesGiven() throws Exception {
        // --set photonic.speedup under the default model moves nothing: estimate warned, sweep and project ran in silence
        Installed.Run sweep = cambrian.run(work, "sweep", "-w", "gpt-3", "-b", "photonic", "--set", "photonic.speedup=200",
                "--format", "csv");
        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        assertThat(sweep.err()).isEqualTo("warning: photonic: --set photonic.speedup: speedup is the seed's claim, read by the seed"
                + " arithmetic (seed-arithmetic 1, as in scenarios seed-current and seed-enhanced) and by audit; with"
                + " seed-arithmetic 0 the time and energy come from the per-class coverage-*, speedup-* and energy-factor-*\n");
        assertThat(sweep.out()).doesNotContain("warning");
        Installed.Run project = cambrian.run(work, "project", "--backend", "photonic", "--set", "photonic.speedup=200",
                "--samples", "200");
        assertThat(project.exitCode()).as(project.err()).isZero();
        assertThat(project.out()).contains("Warning: photonic: --set photonic.speedup: speedup is the seed's claim");
        Installed.Run compose = cambrian.run(work, "compose", "photonic+analog-topology", "-w", "gpt-3", "--set",
                "photonic.speedup=200");
        assertThat(compose.exitCode()).as(compose.err()).isZero();
        assertThat(compose.out()).contains("Warning: photonic: --set photonic.speedup: speedup is the seed's claim");
    }

    @Test
    @DisplayName("uncertainty split into more shards than it has chunks: the empty shards write empty parts, the merge is the run")
    void moreShardsThanChunksStillMerge() throws Exception {
        // 5,000 samples are 2 chunks of 4,096: one of 3 shards holds none (it crashed in the memory check, exit 1)
        List<String> run = List.of("uncertainty", "-b", "gpu-h100", "--samples", "5000");
        List<String> merge = new ArrayList<>(run);
        merge.add("--merge");
        for (int i = 1; i <= 3; i++) {
            Path f = work.resolve("few-" + i + ".txt");
            List<String> args = new ArrayList<>(run);
            args.addAll(List.of("--shard", i + "/3", "-o", f.toString()));
            Installed.Run part = cambrian.run(work, args.toArray(String[]::new));
            assertThat(part.exitCode()).as(part.err()).isZero();
            merge.add(f.toString());
        }
        Installed.Run merged = cambrian.run(work, merge.toArray(String[]::new));
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).isEqualTo(cambrian.run(work, run.toArray(String[]::new)).out());
        // a part written to -o /dev/stdout, here a pipe, is the part -o FILE wrote (it was refused: "permission denied")
        List<String> toStdout = new ArrayList<>(run);
        toStdout.addAll(List.of("--shard", "2/3", "-o", "/dev/stdout"));
        Installed.Run piped = cambrian.run(work, toStdout.toArray(String[]::new));
        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(piped.out()).isEqualTo(Files.readString(work.resolve("few-2.txt")));
        // the hash covers every byte as written: a part whose line ends were converted (CRLF) is a changed part
        Path crlf = work.resolve("few-2-crlf.txt");
        Files.writeString(crlf, Files.readString(work.resolve("few-2.txt")).replace("\n", "\r\n"));
        List<String> converted = new ArrayList<>(merge);
        converted.set(converted.indexOf(work.resolve("few-2.txt").toString()), crlf.toString());
        Installed.Run refused = cambrian.run(work, converted.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: --merge " + crlf).contains("changed since it was written");
    }

    @Test
    @DisplayName("uncertainty split into 4 shards and joined with --merge is the single run byte for byte, JSON and table")
    void uncertaintyShardsMergeIntoTheSingleRun() throws Exception {
        // 20,000 samples are 5 chunks of 4,096: the shards hold 1, 1, 1 and 2 chunks
        List<String> run = List.of("uncertainty", "-b", "gpu-h100,photonic,neuromorphic", "--samples", "20000", "--seed", "5");
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Path f = work.resolve("u-" + i + ".txt");
            List<String> args = new ArrayList<>(run);
            args.addAll(List.of("--shard", i + "/4", "--threads", String.valueOf(1 + i % 2), "-o", f.toString()));
            Installed.Run part = cambrian.run(work, args.toArray(String[]::new));
            assertThat(part.exitCode()).as(part.err()).isZero();
            parts.add(0, f.toString()); // joined in reverse order
        }
        // the parts were made ranked by time; --by is not part of the run, so they also merge ranked by carbon
        for (List<String> view : List.of(List.of("--format", "json"), List.of("--format", "table"),
                List.of("--by", "carbon", "--format", "table"))) {
            List<String> single = new ArrayList<>(run);
            single.addAll(view);
            Installed.Run alone = cambrian.run(work, single.toArray(String[]::new));
            assertThat(alone.exitCode()).as(alone.err()).isZero();
            List<String> merge = new ArrayList<>(single);
            merge.add("--merge");
            merge.addAll(parts);
            Installed.Run merged = cambrian.run(work, merge.toArray(String[]::new));
            assertThat(merged.exitCode()).as(merged.err()).isZero();
            assertThat(merged.out()).as(String.join(" ", view)).isEqualTo(alone.out());
            if (view.contains("json")) { // the carbon and water samples came through the parts too
                JsonNode first = JSON.readTree(merged.out()).get("results").get(0);
                assertThat(first.get("totalKgCo2e").get("p50").asDouble()).isPositive();
                assertThat(first.get("waterLitres").get("p50").asDouble()).isPositive();
            }
        }
        List<String> otherSeed = new ArrayList<>(run);
        otherSeed.set(run.indexOf("--seed") + 1, "6");
        otherSeed.add("--merge");
        otherSeed.addAll(parts);
        Installed.Run refused = cambrian.run(work, otherSeed.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("not a part of this run");
        Installed.Run viaMerge = cambrian.run(work, "merge", parts.get(0));
        assertThat(viaMerge.exitCode()).isEqualTo(2);
        assertThat(viaMerge.err()).contains("cambrian uncertainty <the same options> --merge");

        // a part whose count of samples without an answer was edited, and its hash made again: refused by line
        String text = Files.readString(Path.of(parts.get(0)), StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf('\n') + 1);
        String body = text.substring(text.indexOf('\n') + 1);
        String edited = body.replaceFirst("\"infeasible\":0", "\"infeasible\":5");
        assertThat(edited).as("the case this is about").isNotEqualTo(body);
        String oldHash = header.replaceAll(".*\"body\":\"([0-9a-f]+)\".*\n", "$1");
        Path forged = work.resolve("forged.txt");
        Files.writeString(forged, header.replace(oldHash, partHash(shardOf(header), edited)) + edited, StandardCharsets.UTF_8);
        List<String> withForged = new ArrayList<>(run);
        withForged.add("--merge");
        withForged.add(forged.toString());
        withForged.addAll(parts.subList(1, parts.size()));
        Installed.Run damaged = cambrian.run(work, withForged.toArray(String[]::new));
        assertThat(damaged.exitCode()).isEqualTo(2);
        assertThat(damaged.err()).startsWith("error: --merge " + forged + ": line ").contains("damaged sample line (5 samples"
                + " counted without a valid answer, 0 in its figures)");
    }

    @Test
    @DisplayName("the levers column names the levers in force: a scenario file's own under --lever-set none too")
    void theLeversColumnNamesAScenarioFilesLevers() throws Exception {
        Files.writeString(work.resolve("lv.yaml"), "scenario: lv\nextends: default\nlevers:\n  mx-format: default\n");
        Installed.Run run = cambrian.run(work, "sweep", "--scenario", "default,lv.yaml", "-b", "gpu-h100", "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("scenario").asText()).isEqualTo("default");
        assertThat(rows.get(0).get("levers").asText()).isEqualTo("none");
        assertThat(rows.get(1).get("scenario").asText()).isEqualTo("lv");
        assertThat(rows.get(1).get("levers").asText()).as("the file's lever moved the figures; the row said 'none'")
                .startsWith("mx-format=");
        assertThat(rows.get(1).get("time_nominal_s").asDouble()).isLessThan(rows.get(0).get("time_nominal_s").asDouble());
    }

    @Test
    @DisplayName("a point whose nominal device count has no answer but whose samples have is a figure: exit 0, the row"
            + " infeasible with its percentiles and valid samples")
    void samplesWithAnswersAroundAnInfeasibleNominalAreFigures() throws Exception {
        // 1,200 H100s cannot hold the default workload; a range up to 4,000 gives most samples an answer
        Files.writeString(work.resolve("few.yaml"),
                "scenario: few\nparameters:\n  gpu-h100:\n    devices: {low: 1000, nominal: 1200, high: 4000}\n");
        Installed.Run run = cambrian.run(work, "sweep", "-b", "gpu-h100", "--scenario", "few.yaml", "--samples", "2000",
                "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("no point of the sweep has a figure");
        JsonNode row = JSON.readTree(run.out().strip());
        assertThat(row.get("status").asText()).isEqualTo("infeasible");
        assertThat(row.get("valid_samples_count").asInt()).isPositive();
        assertThat(row.get("time_p50_s").asDouble()).isPositive();
    }

    @Test
    @DisplayName("uncertainty parts merge whatever path names the scenario file and in whatever order -b lists the backends")
    void uncertaintyPartsDoNotDependOnHowTheOptionsAreSpelled() throws Exception {
        // the run id held the --scenario argument and -b's order: the same file by another path, or a copy on another
        // machine, was "not a part of this run"
        String yaml = "scenario: ours\nparameters:\n  gpu-h100:\n    devices: 50000\n";
        Files.writeString(work.resolve("ours.yaml"), yaml);
        Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(work.resolve("elsewhere").resolve("copy.yaml"), yaml);
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path f = work.resolve("p-" + i + ".txt");
            Installed.Run part = cambrian.run(work, "uncertainty", "--scenario", "ours.yaml", "-b", "photonic,gpu-h100",
                    "--samples", "8192", "--shard", i + "/2", "-o", f.toString());
            assertThat(part.exitCode()).as(part.err()).isZero();
            parts.add(f.toString());
        }
        List<String> merge = new ArrayList<>(List.of("uncertainty", "--scenario", work.resolve("elsewhere").resolve("copy.yaml")
                .toString(), "-b", "gpu-h100,photonic", "--samples", "8192", "--merge"));
        merge.addAll(parts);
        Installed.Run merged = cambrian.run(work, merge.toArray(String[]::new));
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        // rendered as the merging command names things (the assumptions cite the file by the path it was given)
        Installed.Run alone = cambrian.run(work, "uncertainty", "--scenario", work.resolve("elsewhere").resolve("copy.yaml")
                .toString(), "-b", "gpu-h100,photonic", "--samples", "8192");
        assertThat(merged.out()).isEqualTo(alone.out());
    }

    @Test
    @DisplayName("the tidy table: one row per point in grid order, a column per variable, P10 <= P50 <= P90")
    void tidyRows() throws Exception {
        Installed.Run run = sweep("jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(24);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertThat(row.get("point").asInt()).isEqualTo(i);
            assertThat(row.get("backend").asText()).isEqualTo(List.of("gpu-h100", "photonic", "tpu-v5p").get(i % 3));
            assertThat(row.get("levers").asText()).isEqualTo((i / 3) % 2 == 0 ? "none" : "mx-format=0.5");
            assertThat(row.get("devices").asLong()).isEqualTo((i / 6) % 2 == 0 ? 2000 : 8000);
            if (i % 3 == 0) { // what the estimate bills, as estimate's CSV says it
                assertThat(row.get("devices_nominal_count").asLong()).isEqualTo(row.get("devices").asLong());
                assertThat(row.get("device_kinds").asText()).isEqualTo("H100 SXM 80GB");
            }
            assertThat(row.get("status").asText()).isEqualTo("ok");
            double p10 = row.get("cost_p10_USD").asDouble();
            assertThat(p10).isPositive().isLessThanOrEqualTo(row.get("cost_p50_USD").asDouble());
            assertThat(row.get("cost_p50_USD").asDouble()).isLessThanOrEqualTo(row.get("cost_p90_USD").asDouble());
            assertThat(row.get("valid_samples_count").asInt()).isEqualTo(100);
        }
        // more devices finish the same job sooner: the sweep's device axis reaches the model
        JsonNode h100At2000 = JSON.readTree(lines.get(0));
        JsonNode h100At8000 = JSON.readTree(lines.get(6));
        assertThat(h100At8000.get("time_nominal_s").asDouble()).isLessThan(h100At2000.get("time_nominal_s").asDouble());
    }

    @Test
    @DisplayName("quantum-hybrid is not faster than its own baseline from GPUs alone: GPUs beyond the reference run's are"
            + " not modelled")
    void aHybridKeepingMoreGpusIsNotFasterThanItsBaseline() throws Exception {
        // it keeps 200,000 GPUs beside a 0.1% quantum share; scaled linearly from a 1,000-GPU baseline it ran 196x faster
        Installed.Run run = cambrian.run(work, "sweep", "-w", "gpt-3", "--devices", "1000,200000", "-b", "gpu-h100,quantum-hybrid",
                "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        for (int i = 0; i < rows.size(); i += 2) {
            double baseline = rows.get(i).get("time_nominal_s").asDouble();
            double hybrid = rows.get(i + 1).get("time_nominal_s").asDouble();
            assertThat(hybrid).as("devices " + rows.get(i).get("devices")).isGreaterThan(0.99 * baseline).isLessThan(1.1 * baseline);
        }
    }

    @Test
    @DisplayName("a row says its devices without --devices, and a relative backend says why its baseline gave no reference")
    void rowsSayTheirDevicesAndWhyARelativeBackendHasNoAnswer() throws Exception {
        Installed.Run own = cambrian.run(work, "sweep", "-w", "gpt-3", "-b", "gpu-h100", "--format", "jsonl");
        JsonNode row = JSON.readTree(own.out().lines().findFirst().orElseThrow());
        assertThat(row.get("devices").isNull()).as("no device axis").isTrue();
        assertThat(row.get("devices_nominal_count").asLong()).as("the default's 100,000 in force").isEqualTo(100_000);
        // grok-5 does not fit on 1,000 H100s: photonic said "not loaded, or has no valid answer in this sample"
        Installed.Run small = cambrian.run(work, "sweep", "-w", "grok-5", "--devices", "1000", "-b", "gpu-h100,photonic",
                "--format", "jsonl");
        JsonNode photonic = JSON.readTree(small.out().lines().toList().get(1));
        assertThat(photonic.get("detail").asText()).startsWith("baseline gpu-h100 gave no reference (does not fit in memory on"
                + " 1,000 devices");
    }

    @Test
    @DisplayName("a sweep with no figure at any point exits 1 saying so, run whole or merged from its parts")
    void aSweepWithoutAFigureExitsOneMergedToo() throws Exception {
        // gpt-3 fits on no 8 or 16 H100s: each point infeasible; the parts exit 0 (each whole), the merge said nothing, exit 0
        for (String format : List.of("csv", "jsonl")) {
            List<String> grid = List.of("sweep", "-w", "gpt-3", "-b", "gpu-h100", "--devices", "8,16", "--format", format);
            Installed.Run single = cambrian.run(work, grid.toArray(String[]::new));
            assertThat(single.exitCode()).as(single.err()).isEqualTo(1);
            List<String> merge = new ArrayList<>(List.of("merge"));
            for (int i = 1; i <= 2; i++) {
                Path f = work.resolve("none-" + i + "." + format);
                List<String> part = new ArrayList<>(grid);
                part.addAll(List.of("--shard", i + "/2", "-o", f.toString()));
                assertThat(cambrian.run(work, part.toArray(String[]::new)).exitCode()).isZero();
                merge.add(f.toString());
            }
            Installed.Run merged = cambrian.run(work, merge.toArray(String[]::new));
            assertThat(merged.out()).isEqualTo(single.out());
            assertThat(merged.exitCode()).as(format).isEqualTo(1);
            assertThat(merged.err()).isEqualTo(single.err()).startsWith("error: no point of the sweep has a figure");
        }
    }

    @Test
    @DisplayName("merge refuses a missing part, a part given twice and a part of another run, with exit 2 and one line")
    void mergeRefusesWhatIsNotOneWholeRun() throws Exception {
        Path a = work.resolve("a.csv");
        Path b = work.resolve("b.csv");
        Path other = work.resolve("other.csv");
        assertThat(sweep("csv", "--shard", "1/2", "-o", a.toString()).exitCode()).isZero();
        assertThat(sweep("csv", "--shard", "2/2", "-o", b.toString()).exitCode()).isZero();
        List<String> otherSeed = new ArrayList<>(GRID);
        otherSeed.set(GRID.indexOf("--seed") + 1, "4");
        otherSeed.addAll(List.of("--format", "csv", "--shard", "2/2", "-o", other.toString()));
        assertThat(cambrian.run(work, otherSeed.toArray(String[]::new)).exitCode()).isZero();
        Installed.Run missing = cambrian.run(work, "merge", a.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: shard 2/2 is missing: merge needs every part\n");
        Installed.Run twice = cambrian.run(work, "merge", a.toString(), a.toString(), b.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("shard 1/2 is given twice");
        Installed.Run mixed = cambrian.run(work, "merge", a.toString(), other.toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("not a part of the same run");
        // a sweep part given to uncertainty --merge was "not a part of this run (made with other options...)"
        Installed.Run wrongKind = cambrian.run(work, "uncertainty", "-b", "gpu-h100", "--merge", a.toString());
        assertThat(wrongKind.exitCode()).isEqualTo(2);
        assertThat(wrongKind.err()).contains(": a sweep part, not an uncertainty part: join sweep parts with cambrian merge FILE...");
        // a part edited and its header's SHA-256 made again to match: refused by name, and nothing written
        String text = Files.readString(b, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf('\n') + 1);
        String forgedBody = text.substring(text.indexOf('\n') + 1) + "\"an unterminated quote\n";
        String oldHash = header.replaceAll(".*\"body\":\"([0-9a-f]+)\".*\n", "$1");
        Path forged = work.resolve("forged.csv");
        Files.writeString(forged, header.replace(oldHash, partHash(shardOf(header), forgedBody)) + forgedBody, StandardCharsets.UTF_8);
        Path mergedFile = work.resolve("merged.csv");
        Installed.Run unreadable = cambrian.run(work, "merge", a.toString(), forged.toString(), "-o", mergedFile.toString());
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).startsWith("error: " + forged + ": its rows cannot be read as csv");
        assertThat(mergedFile).doesNotExist();
        Installed.Run unsharded = cambrian.run(work, "sweep", "-w", "gpt-3", "--shard", "1/2");
        assertThat(unsharded.exitCode()).isEqualTo(2);
        assertThat(unsharded.err()).startsWith("error: --shard: needs --format csv or jsonl");
    }

    @Test
    @DisplayName("project --backend photonic: per-year P10/P50/P90 per scenario and crossing probabilities that only grow")
    void projectWithABackendHasPercentilesAndCrossingOdds() throws Exception {
        Installed.Run run = cambrian.run(work, "project", "--backend", "photonic", "--samples", "200", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bent = JSON.readTree(run.out()).get("backends").get(0);
        int available = bent.get("availableFromYear").asInt();
        JsonNode u = bent.get("uncertainty");
        assertThat(u.get("samples").asInt()).isEqualTo(200);
        for (String scenario : List.of("best-case", "best-guess", "worst-case")) {
            JsonNode s = u.get("scenarios").get(scenario);
            boolean spread = false;
            for (JsonNode y : s.get("years")) {
                double p10 = y.get("cloudCostUsdP10").asDouble();
                double p90 = y.get("cloudCostUsdP90").asDouble();
                assertThat(p10).isLessThanOrEqualTo(y.get("cloudCostUsdP50").asDouble());
                assertThat(y.get("cloudCostUsdP50").asDouble()).isLessThanOrEqualTo(p90);
                assertThat(y.get("withBackend").asBoolean()).isEqualTo(y.get("year").asInt() >= available);
                if (!y.get("withBackend").asBoolean()) {
                    assertThat(p10).as("before the backend: the plain projection").isEqualTo(p90);
                } else {
                    spread |= p90 > p10;
                }
            }
            assertThat(spread).as(scenario + ": the backend's uncertainty shows from its year on").isTrue();
            s.get("crossedByYearProbability").fields().forEachRemaining(line -> {
                double last = 0;
                for (JsonNode p : line.getValue()) {
                    assertThat(p.asDouble()).isBetween(last, 1.0);
                    last = p.asDouble();
                }
                assertThat(last).as(scenario + " " + line.getKey() + " crossed by 2035 in every sample").isEqualTo(1.0);
            });
            // the crossing row is the nominal world on each year's own frontier model, not a factor from today's workload:
            // its factors apply from the backend's year, and its crossing year is one the samples' odds pass through
            JsonNode factors = bent.get("costFactorByYear").get(scenario);
            for (int i = 0; i < factors.size(); i++) {
                JsonNode year = s.get("years").get(i);
                assertThat(factors.get(i).isNull()).as(scenario + " " + year.get("year")).isEqualTo(!year.get("withBackend").asBoolean());
            }
            bent.get("crossings").get(scenario).fields().forEachRemaining(line -> {
                JsonNode odds = s.get("crossedByYearProbability").get(line.getKey());
                assertThat(line.getValue().isNull()).as(scenario + " " + line.getKey() + " crossed by 2035").isFalse();
                int at = line.getValue().asInt() - s.get("years").get(0).get("year").asInt();
                assertThat(at > 0 ? odds.get(at - 1).asDouble() : 0).as(scenario + " " + line.getKey() + " the year before").isLessThan(1);
                assertThat(odds.get(at).asDouble()).as(scenario + " " + line.getKey() + " its year").isGreaterThan(0);
            });
        }

        // cerebras-cs3's nominal factor (x1.53) put its nominal path above P90 every year while most samples made it
        // cheaper than the baseline: said, with the year and both figures
        Installed.Run lopsided = cambrian.run(work, "project", "--backend", "cerebras-cs3", "--samples", "200");
        assertThat(lopsided.exitCode()).as(lopsided.err()).isZero();
        assertThat(lopsided.out()).containsPattern("cerebras-cs3: the nominal factor's cost lies above P90 in \\d+ of the"
                + " \\d+ best-guess years with it \\(20\\d\\d: \\$[0-9.,]+T against a sampled P50 \\(P10-P90\\)");
        // a backend with no range of its own, most of whose cost is a fixed premium, was not marked either way
        Installed.Run fixed = cambrian.run(work, "project", "--backend", "probabilistic-training", "--samples", "200");
        assertThat(fixed.out()).contains("probabilistic-training: fixed: no uncertainty declared for any of its own parameters")
                .containsPattern("probabilistic-training: \\$[0-9.]+M of its nominal cost \\([0-9]+%\\) is a fixed premium"
                        + " \\(programme-premium\\) that no model derives");
        Installed.Run inside = cambrian.run(work, "project", "--backend", "photonic", "--samples", "200");
        assertThat(inside.out()).contains("Cloud training cost with photonic").doesNotContain("nominal factor's cost lies")
                .doesNotContain("photonic: fixed: no uncertainty declared");

        // a later window shows the same years the same: the factor held from 2027, before the window, is still there,
        // and a line crossed before the window keeps its year (from 2029 the row had no factor, and 2031's cost lost it)
        Installed.Run late = cambrian.run(work, "project", "--backend", "photonic", "--samples", "200", "--from", "2029",
                "--format", "json");
        assertThat(late.exitCode()).as(late.err()).isZero();
        JsonNode lateBent = JSON.readTree(late.out()).get("backends").get(0);
        assertThat(lateBent.get("crossings")).isEqualTo(bent.get("crossings"));
        JsonNode lateWindowYear = lateBent.get("uncertainty").get("scenarios").get("best-guess").get("years").get(2031 - 2029);
        JsonNode fullWindowYear = u.get("scenarios").get("best-guess").get("years").get(2031 - 2020);
        assertThat(lateWindowYear).isEqualTo(fullWindowYear);
        JsonNode plainLate = JSON.readTree(cambrian.run(work, "project", "--from", "2031", "--format", "json").out()).get("projections");
        JsonNode plainAll = JSON.readTree(cambrian.run(work, "project", "--format", "json").out()).get("projections");
        for (int i = 0; i < plainAll.size(); i++) {
            assertThat(plainLate.get(i).get("crossings")).isEqualTo(plainAll.get(i).get("crossings"));
        }
    }

    /** A part's body hash as the header holds it: the SHA-256 of "shard i/N" on a line, then the body. */
    private static String partHash(String shard, String body) throws java.security.NoSuchAlgorithmException {
        return sha256("shard " + shard + "\n" + body);
    }

    /** The shard a part's header line names. */
    private static String shardOf(String headerLine) {
        return headerLine.replaceAll("(?s).*\"shard\":\"([0-9]+/[0-9]+)\".*", "$1");
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
