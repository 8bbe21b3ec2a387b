package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cambrian uncertainty} (docs/models.md §8) in the unpacked distribution, run as a user would. */
class UncertaintyIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
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
        int backends = root.get("results").size();
        assertThat(backends).as("every bundled backend").isGreaterThanOrEqualTo(30);
        JsonNode h100 = result(root.get("results"), "gpu-h100");
        JsonNode time = h100.get("trainingTimeSeconds");

        Installed.Run rank = cambrian.run(work, "rank", "--format", "json");
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        JsonNode range = result(JSON.readTree(rank.out()).get("results"), "gpu-h100").get("trainingTimeSeconds");
        // the corners of the uncertain parameters bound a model monotone in each one, so every sample lies inside
        assertThat(time.get("p50").asDouble()).isBetween(range.get("low").asDouble(), range.get("high").asDouble());
        assertThat(time.get("p10").asDouble()).isGreaterThanOrEqualTo(range.get("low").asDouble());
        assertThat(time.get("p90").asDouble()).isLessThanOrEqualTo(range.get("high").asDouble());
        assertThat(time.get("p10").asDouble()).isLessThan(time.get("p90").asDouble());
        // the utilization model's residual is gpu-h100's only uncertain input to its time: it must lead the sensitivity ranking
        assertThat(h100.get("sensitivity").get(0).get("parameter").asText()).isEqualTo("mfu-residual");
        // each rank position is taken by exactly one backend per sample: every column sums to 1
        for (int position = 0; position < backends; position++) {
            double sum = 0;
            for (JsonNode r : root.get("results")) {
                sum += r.get("rankProbabilities").get(position).asDouble();
            }
            assertThat(sum).as("position %d", position + 1).isBetween(1 - 1e-9, 1 + 1e-9);
        }
        assertThat(h100.get("validSamples").asInt()).isEqualTo(10_000);
        assertThat(h100.get("sampledParameters").get(0).get("declared").asText()).isEqualTo("triangular");
    }

    @Test
    @DisplayName("two backends with the same time on every sample share #1 50/50; a time that does not vary names no parameter")
    void tiesShareTheirPositions() throws Exception {
        Installed.Run run = cambrian.run(work, "uncertainty", "--scenario", "seed-current", "-b", "probabilistic-training,photonic",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        for (String backend : new String[] {"probabilistic-training", "photonic"}) {
            JsonNode r = result(results, backend);
            assertThat(r.get("rankProbabilities").get(0).asDouble()).as(backend).isEqualTo(0.5);
            assertThat(r.get("rankProbabilities").get(1).asDouble()).as(backend).isEqualTo(0.5);
        }
        JsonNode photonic = result(results, "photonic");
        assertThat(photonic.get("trainingTimeSeconds").get("p10").asDouble())
                .isEqualTo(photonic.get("trainingTimeSeconds").get("p90").asDouble());
        assertThat(photonic.get("sensitivity").get(0).get("spearman").isNull()).isTrue();

        Installed.Run table = cambrian.run(work, "uncertainty", "--scenario", "seed-current", "-b", "probabilistic-training,photonic");
        assertThat(table.out()).contains("time does not vary").doesNotContain("(+0.00)");
        // the sensitivity table gives a backend with nothing of its own one row: it also said "none of its own moves time"
        String fromTable = table.out().substring(table.out().indexOf("Sensitivity of time"));
        String sensitivity = fromTable.substring(0, fromTable.indexOf("\n\n")); // the table, not the notes under it
        assertThat(sensitivity.lines().filter(l -> l.startsWith("probabilistic-training")).toList())
                .containsExactly("probabilistic-training  fixed: no uncertainty declared (no range in force that its models read)");
    }

    @Test
    @DisplayName("a nominal time or cost outside P10-P90 is explained by the lopsided range behind it (cerebras-cs3's peak-flops)")
    void aLopsidedRangeIsNamedWhenTheNominalFallsOutside() throws Exception {
        // peak-flops 12.5-15.6-125 PF (a dense estimate up to the vendor's headline): the nominal 6.5 y lay above P90 unsaid
        Installed.Run run = cambrian.run(work, "uncertainty", "-b", "cerebras-cs3,gpu-h100", "--samples", "1000", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        JsonNode cerebras = result(results, "cerebras-cs3");
        assertThat(cerebras.get("trainingTimeSeconds").get("p90").asDouble()).as("the case this is about")
                .isLessThan(cerebras.get("trainingTimeSeconds").get("nominal").asDouble());
        assertThat(cerebras.get("notes").toString()).contains("cerebras-cs3: its nominal time (")
                .contains("lies outside its P10-P90").contains("peak-flops 1.25e+16 to 1.25e+17 about 1.56e+16 FLOP/s");
        assertThat(result(results, "gpu-h100").get("notes").toString()).doesNotContain("lies outside");
        // its time note names only what moves time: the operations' price (a cost-only range) was named too
        String timeNote = notes(cerebras).stream().filter(n -> n.contains("its nominal time")).findFirst().orElseThrow();
        assertThat(timeNote).doesNotContain("operations-per-device-hour");
        // cost too: gpu-a100-40's price range 0.8-1.2-4.1 $/h put its nominal cost below P10, unsaid
        Installed.Run byCost = cambrian.run(work, "uncertainty", "-b", "gpu-a100-40", "--samples", "2000", "--by", "cost",
                "--format", "json");
        JsonNode a100 = result(JSON.readTree(byCost.out()).get("results"), "gpu-a100-40");
        assertThat(a100.get("costUsd").get("p10").asDouble()).as("the case this is about")
                .isGreaterThan(a100.get("costUsd").get("nominal").asDouble());
        assertThat(notes(a100)).anySatisfy(n -> assertThat(n).startsWith("gpu-a100-40: its nominal cost (")
                .contains("price-per-device-hour 0.8 to 4.1 about 1.2 USD/device-hour"));
    }

    private static java.util.List<String> notes(JsonNode result) {
        java.util.List<String> out = new java.util.ArrayList<>();
        result.get("notes").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    @DisplayName("the report's rank chart marks a backend that declares no uncertainty, as uncertainty does")
    void theReportMarksAFixedBackend() throws Exception {
        // its 100% at rank 1 was drawn unmarked, read as certainty
        Installed.Run run = cambrian.run(work, "report", "-b", "gpu-h100,probabilistic-training", "--samples", "100",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode chart = null;
        for (JsonNode c : JSON.readTree(run.out()).get("charts")) {
            chart = c.get("id").asText().equals("mc-rank") ? c : chart;
        }
        assertThat(chart).isNotNull();
        assertThat(chart.get("subtitle").asText()).endsWith("; (fixed): no uncertainty of its own, or none that moves its"
                + " time: its time varies with its baseline's at most, and its ranks take its own claims as exact");
        java.util.List<String> categories = new java.util.ArrayList<>();
        chart.get("series").get(0).get("points").forEach(p -> categories.add(p.get("category").asText()));
        assertThat(categories).containsExactlyInAnyOrder("probabilistic-training (fixed)", "gpu-h100");
    }

    @Test
    @DisplayName("a sample where no backend has a valid answer ranks no one: left out of the rank probabilities, and said")
    void samplesWithoutAnyAnswerAreLeftOutOfTheRanks() throws Exception {
        // below about 1,384 H100s Grok 5 fits nowhere; gpu-h100 is last wherever anything runs, yet those samples gave it
        // a third of rank 1
        java.nio.file.Files.writeString(work.resolve("small.yaml"),
                "parameters:\n  gpu-h100:\n    devices: {low: 1000, nominal: 1400, high: 1450}\n");
        Installed.Run run = cambrian.run(work, "uncertainty", "--scenario", "small.yaml", "-b",
                "gpu-h100,photonic,probabilistic-training", "--samples", "4000", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(result(doc.get("results"), "gpu-h100").get("rankProbabilities").get(0).asDouble()).isZero();
        assertThat(doc.get("notes").toString()).containsPattern("[0-9,]+ of 4,000 samples have no valid answer from any"
                + " backend: the rank probabilities are over the other [0-9,]+");
        // no reference at all: photonic said "the scenario's baseline backend is not loaded, or has no valid answer in this
        // sample", the kit's guess, where the run knows (and says on the baseline's line) that it does not fit
        java.nio.file.Files.writeString(work.resolve("tiny.yaml"), "parameters:\n  gpu-h100:\n    devices: 1000\n");
        Installed.Run none = cambrian.run(work, "uncertainty", "--scenario", "tiny.yaml", "-b", "gpu-h100,photonic",
                "--samples", "200");
        assertThat(none.out() + none.err()).contains("baseline gpu-h100 gave no reference (does not fit in memory on 1,000"
                + " devices").contains("photonic: not sampled: the scenario's baseline gave no reference run to apply its"
                + " factors to").doesNotContain("is not loaded, or has no valid answer");
    }

    @Test
    @DisplayName("a backend that samples ranges none of which moves the ranked figure is marked fixed too")
    void aBackendWhoseSamplesDoNotMoveItsTimeIsMarkedFixed() throws Exception {
        // seed-current: gpu-h100 samples prices and months, not time; its 100% at rank 3 was shown unmarked
        Installed.Run run = cambrian.run(work, "uncertainty", "--scenario", "seed-current", "-b",
                "probabilistic-training,photonic,gpu-h100", "--samples", "500");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("gpu-h100 +-  +-  +100\\.0% \\(fixed\\)")
                .contains("gpu-h100: what it samples does not move its time (every valid sample gives 1.036e+07 s)");
        // scripts see it too: the JSON's flag and note, the CSV's column (a script read a certain 100%)
        Installed.Run json = cambrian.run(work, "uncertainty", "--scenario", "seed-current", "-b",
                "probabilistic-training,photonic,gpu-h100", "--samples", "500", "--format", "json");
        for (JsonNode r : JSON.readTree(json.out()).get("results")) {
            boolean h100 = r.get("backend").asText().equals("gpu-h100");
            // photonic too: under seed-current its own speedup is a point and its baseline's time does not vary
            assertThat(r.get("rankedFigureFixed").asBoolean()).as(r.get("backend").asText()).isTrue();
            if (h100) {
                assertThat(r.get("uncertaintyDeclared").asBoolean()).isTrue();
                assertThat(r.get("notes").toString()).contains("what it samples does not move its time");
            }
        }
        Installed.Run csv = cambrian.run(work, "uncertainty", "--scenario", "seed-current", "-b",
                "probabilistic-training,photonic,gpu-h100", "--samples", "500", "--format", "csv", "--table", "ranks");
        assertThat(csv.out()).startsWith("backend,uncertainty_declared,ranked_figure_fixed,").contains("\ngpu-h100,true,true,");
        // and the default run, where its time varies, leaves it unmarked
        Installed.Run varies = cambrian.run(work, "uncertainty", "-b", "gpu-h100,tpu-v7", "--samples", "500");
        assertThat(varies.out()).doesNotContain("(fixed)").doesNotContain("does not move its time");
    }

    @Test
    @DisplayName("a report's charts name the backends they leave out for want of a valid answer")
    void theReportsChartsNameWhatTheyLeaveOut() throws Exception {
        // one device of gpu-h100 cannot hold Grok 5, and photonic has no baseline: every chart showed tpu-v3 alone, mc-rank
        // at 100% rank 1, and only the page's notes said why
        Installed.Run run = cambrian.run(work, "report", "-b", "gpu-h100,photonic,tpu-v3", "--set", "gpu-h100.devices=1",
                "--samples", "100", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.Map<String, String> subtitles = new java.util.HashMap<>();
        JSON.readTree(run.out()).get("charts").forEach(c -> subtitles.put(c.get("id").asText(), c.get("subtitle").asText()));
        for (String id : java.util.List.of("rank-time", "pareto", "hero-gantt", "mc-time", "mc-rank")) {
            assertThat(subtitles.get(id)).as(id).contains(" (not shown, no valid answer: gpu-h100, photonic)");
        }
        assertThat(subtitles.get("audit")).as("the audit covers them").doesNotContain("not shown");
    }

    @Test
    @DisplayName("a --set shows in the result's assumptions, with its origin")
    void aSetShowsInTheAssumptions() throws Exception {
        Installed.Run run = cambrian.run(work, "uncertainty", "-b", "gpu-h100", "--samples", "1000", "--set", "gpu-h100.devices=16384",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode a = result(JSON.readTree(run.out()).get("results"), "gpu-h100").get("assumptions");
        assertThat(a.toString()).contains("\"parameter\":\"devices\"").contains("--set gpu-h100.devices");
    }

    @Test
    @DisplayName("-Xmx600m, 10 million samples on two threads: it runs or is refused up front (exit 2), never out of memory mid-run")
    void aLargeRunFitsOrIsRefused() throws Exception {
        Installed.Run run = cambrian.runWith(java.util.Map.of("CAMBRIAN_JAVA_OPTS", "-Xmx600m"), work, "uncertainty", "-b", "gpu-h100",
                "--samples", "10000000", "--threads", "2", "--format", "json");
        assertThat(run.err()).doesNotContain("out of memory");
        if (run.exitCode() == 0) {
            assertThat(JSON.readTree(run.out()).get("results").get(0).get("validSamples").asInt()).isEqualTo(10_000_000);
        } else {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("error: --samples 10,000,000: 1 backend(s) on 2 thread(s) need about");
        }
    }

    @Test
    @DisplayName("a shard that cannot hold its share is refused up front, saying how many samples the shard holds and that"
            + " more shards would hold fewer")
    void aShardTooLargeIsRefusedNamingTheShard() throws Exception {
        Installed.Run run = cambrian.runWith(java.util.Map.of("CAMBRIAN_JAVA_OPTS", "-Xmx256m"), work, "uncertainty", "-b", "all",
                "--samples", "10000000", "--shard", "1/2", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        // a shard is whole chunks of 4,096 samples: the first of two takes 1,221 of the 2,442
        assertThat(run.err().strip()).startsWith("error: --samples 10,000,000 (shard 1/2 holds 5,001,216 of them): ")
                .contains("choose fewer backends (-b), samples, more shards or --threads").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("explain's 'varies' names as varying exactly the parameters uncertainty samples: a point in force is"
            + " 'fixed' whatever its declared distribution, a range no model reads 'held'")
    void explainSaysWhatUncertaintySamples() throws Exception {
        for (String scenario : List.of("seed-current", "default")) {
            Installed.Run explain = cambrian.run(work, "explain", "-b", "gpu-h100", "--scenario", scenario, "--set",
                    "gpu-h100.price-per-device-hour=2.5", "--format", "json");
            assertThat(explain.exitCode()).as(explain.err()).isZero();
            List<String> varying = new ArrayList<>();
            for (JsonNode p : JSON.readTree(explain.out()).get("results").get(0).get("parameters")) {
                String varies = p.get("varies").asText();
                if (!varies.equals("fixed") && !varies.startsWith("held")) {
                    varying.add(p.get("name").asText());
                }
            }
            Installed.Run sampled = cambrian.run(work, "uncertainty", "-b", "gpu-h100", "--scenario", scenario, "--set",
                    "gpu-h100.price-per-device-hour=2.5", "--samples", "200", "--format", "json");
            assertThat(sampled.exitCode()).as(sampled.err()).isZero();
            List<String> drawn = new ArrayList<>();
            JSON.readTree(sampled.out()).get("results").get(0).get("sampledParameters")
                    .forEach(p -> drawn.add(p.get("parameter").asText()));
            assertThat(varying).as(scenario).isNotEmpty().containsExactlyInAnyOrderElementsOf(drawn)
                    .doesNotContain("price-per-device-hour");
        }
        // a value a profile gives is named by the profile; the declared source is the default's (photonic's enhanced
        // 750 chips read as sourced by "~2,000 photonic chips")
        Installed.Run table = cambrian.run(work, "explain", "-b", "photonic", "--scenario", "seed-enhanced");
        assertThat(table.out().lines().filter(l -> l.startsWith("units ")).findFirst().orElseThrow())
                .contains("750 devices").contains("profile enhanced").contains("of the default: ");
    }

    @Test
    @DisplayName("--wue is shown as used, a value above every published average with the request to check the unit, in the"
            + " table's notes and the JSON's environment")
    void aUsersWueIsShownAsUsed() throws Exception {
        Installed.Run table = cambrian.run(work, "uncertainty", "-b", "gpu-h100", "--samples", "1000", "--wue", "5");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("on-site WUE 5 L/kWh")
                .contains("Source: on-site WUE: the user's WUE, --wue (above 1.8 L/kWh, the highest average the method's"
                        + " sources give: check the unit, litres per kWh of IT energy)");
        Installed.Run json = cambrian.run(work, "uncertainty", "-b", "gpu-h100", "--samples", "1000", "--wue", "5",
                "--format", "json");
        JsonNode wue = JSON.readTree(json.out()).get("environment").get("onsiteWueLitresPerKwh");
        assertThat(wue.get("nominal").asDouble()).isEqualTo(5);
        assertThat(wue.get("source").asText()).contains("check the unit");
    }

    @Test
    @DisplayName("project --backend with more samples than its years' ratios fit is refused at its first year, counting what"
            + " the later years keep (it used to run years before a later year's check refused it)")
    void projectCountsWhatItsLaterYearsKeep() throws Exception {
        Installed.Run run = cambrian.runWith(java.util.Map.of("CAMBRIAN_JAVA_OPTS", "-Xmx512m"), work, "project", "--backend",
                "photonic", "--samples", "10000000", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: --samples 10,000,000: 2 backend(s) on ")
                .containsPattern(" MB for their samples \\([\\d,]+ MB of it for what later years keep\\), more than");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("-Xmx900m, thirty backends, 1 million samples: the check counts the columns a backend-by-backend run holds"
            + " (one per summarised backend, not five: 1.5 GB), lets it through, and it completes")
    void thirtyBackendsFitTheColumnsTheyHold() throws Exception {
        Installed.Run run = cambrian.runWith(java.util.Map.of("CAMBRIAN_CDS", "0", "CAMBRIAN_JAVA_OPTS", "-Xmx900m"), work,
                "uncertainty", "-b", "all", "--samples", "1000000", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = JSON.readTree(run.out()).get("results");
        assertThat(results.size()).isGreaterThanOrEqualTo(30);
        assertThat(result(results, "gpu-h100").get("validSamples").asInt()).isEqualTo(1_000_000);
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
