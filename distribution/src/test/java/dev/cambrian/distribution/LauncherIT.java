package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled product, unpacked into a temporary folder and run as a user would run it. */
class LauncherIT {
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

    @Test
    @DisplayName("./cambrian rank: a ranked table of every backend, units on every number, nothing on stderr")
    void rankPrintsTheGpuBackends() throws Exception {
        Installed.Run run = cambrian.run(work, "rank");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Ranked by time").contains("gpu-b200", "gpu-h100", "gpu-h800", "gpu-a100", "gpu-v100");
        assertThat(run.out()).containsPattern("(?m)^1\\s");
        String b200 = run.out().lines().filter(l -> l.matches("\\d+\\s+gpu-b200\\s.*")).findFirst().orElseThrow();
        assertThat(b200).containsPattern(" d | y").contains("TWh").contains("x B200").contains("$").contains("mo");
    }

    @Test
    @DisplayName("grok2025althw 'Baseline for Grok 5' through the product: ~120 days, ~1.5 TWh, 200,000 H100, ~$1B")
    void seedBaselineAsJson() throws Exception {
        Installed.Run run = cambrian.run(work, "estimate", "--scenario", "seed-current", "-w", "grok-5", "-b", "gpu-h100",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("cambrian.estimate/v1");
        JsonNode r = root.get("results").get(0);
        assertThat(r.get("trainingTimeSeconds").get("nominal").asDouble() / 86400).isCloseTo(120, within(12.0));
        assertThat(r.get("energyJoules").get("nominal").asDouble() / 3.6e15).isCloseTo(1.5, within(0.15));
        assertThat(r.get("hardware").get(0).get("count").get("nominal").asDouble()).isEqualTo(200_000);
        assertThat(r.get("costUsd").get("nominal").asDouble()).isCloseTo(1e9, within(1e8));
        assertThat(r.get("fab").get("phases")).isNotEmpty();
        assertThat(root.get("scenario").get("name").asText()).isEqualTo("seed-current");
        assertThat(root.get("assumptions").get(0).get("source").asText()).isEqualTo("grok2025althw, 'Baseline for Grok 5'");
        assertThat(r.get("assumptions")).isNotEmpty();
        assertThat(r.get("sources")).isNotEmpty();
    }

    @Test
    @DisplayName("grok2025althw's tables through the product: every alternative's time and energy inside the seed's ranges"
            + " against the real GPU baseline, seed-current and seed-enhanced")
    void seedTablesForEveryBackend() throws Exception {
        // grok2025althw 'Resources with ...' (current) and 'Possible scientific breakthroughs' (enhanced):
        // time in days and energy in GWh as [low, high], with 10% slack on the nominal.
        Map<String, double[]> current = Map.of(
                "photonic", new double[] {1.2, 1.2, 15, 15},
                "neuromorphic", new double[] {12, 24, 1.5, 15},
                "analog-topology", new double[] {0.12, 1.2, 1.5, 15},
                "quantum-hybrid", new double[] {12, 12, 150, 150},
                "probabilistic-training", new double[] {1.2, 1.2, 15, 15});
        Map<String, double[]> enhanced = Map.of(
                "photonic", new double[] {0.25, 0.5, 1, 5},
                "neuromorphic", new double[] {6, 12, 0.5, 5},
                "analog-topology", new double[] {1 / 24.0, 0.25, 0.5, 5},
                "quantum-hybrid", new double[] {0.25, 0.5, 50, 100},
                "probabilistic-training", new double[] {0.5, 1, 5, 10});
        for (var scenario : Map.of("seed-current", current, "seed-enhanced", enhanced).entrySet()) {
            Installed.Run run = cambrian.run(work, "estimate", "--scenario", scenario.getKey(), "-w", "grok-5", "-b", "all",
                    "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode results = JSON.readTree(run.out()).get("results");
            for (var expected : scenario.getValue().entrySet()) {
                JsonNode r = null;
                for (JsonNode x : results) {
                    if (x.get("backend").asText().equals(expected.getKey())) {
                        r = x;
                    }
                }
                assertThat(r).as(expected.getKey() + " in " + scenario.getKey()).isNotNull();
                double[] e = expected.getValue();
                String what = expected.getKey() + " under " + scenario.getKey();
                assertThat(r.get("trainingTimeSeconds").get("nominal").asDouble() / 86400).as("days, " + what)
                        .isBetween(e[0] * 0.9, e[1] * 1.1);
                assertThat(r.get("energyJoules").get("nominal").asDouble() / 3.6e12).as("GWh, " + what)
                        .isBetween(e[2] * 0.9, e[3] * 1.1);
            }
        }
    }

    @Test
    @DisplayName("audit under seed-current: the photonic and quantum Amdahl bounds and the photonic power gap, with numbers")
    void auditFindsTheSeedsContradictions() throws Exception {
        Installed.Run run = cambrian.run(work, "audit", "--scenario", "seed-current", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode findings = JSON.readTree(run.out()).get("findings");
        assertThat(JSON.readTree(run.out()).get("schema").asText()).isEqualTo("cambrian.audit/v1");
        String photonicAmdahl = find(findings, "photonic", "Amdahl bound");
        // 80% coverage of the dense-matmul, attention and element-wise classes (0.85 of baseline time) = 68%:
        // 1 / (0.32 + 0.68 / 100) = 3.06x against the 100x headline
        assertThat(photonicAmdahl).contains("headline 100x").contains("bound 3.06x").contains("high");
        String quantumAmdahl = find(findings, "quantum-hybrid", "Amdahl bound");
        // 10% of the four compute classes (0.9 of baseline time) = 9%: 1 / (0.91 + 0.09 / 10) = 1.09x
        assertThat(quantumAmdahl).contains("headline 10.0x").contains("bound 1.09x");
        String power = find(findings, "photonic", "power consistency");
        // 15 GWh / (2,000 chips x 1.2 days) = 260 kW per chip at the grid; the seed-000 baseline's PUE is 1 (its
        // 2.6 kW per GPU is all-in, facility included), so 260 kW at the chip too, against photonic2025opu's 30 W OPU
        assertThat(power).contains("260 kW per device at the grid, 260 kW at the device (PUE 1.00, the baseline gpu-h100's)")
                .contains("30.0 W").contains("high");
        // every backend lists every check, ran or skipped with the reason
        JsonNode checks = JSON.readTree(run.out()).get("checks");
        assertThat(check(checks, "photonic", "power consistency")).contains("\"status\":\"ran\"");
        assertThat(check(checks, "gpu-h100", "power consistency")).contains("\"status\":\"skipped\"")
                .contains("declares no device-power-watts");
        assertThat(check(checks, "gpu-h100", "Amdahl bound")).contains("not a relative technology");
        // quantum-hybrid says its source's 150 GWh leaves the stated 10% cooling out: the check runs and finds it
        assertThat(check(checks, "quantum-hybrid", "stated overhead left out")).contains("\"status\":\"ran\"");
        assertThat(find(findings, "quantum-hybrid", "stated overhead left out")).contains("with the cooling 165 GWh");
    }

    private static String check(JsonNode checks, String subject, String check) {
        for (JsonNode c : checks) {
            if (c.get("subject").asText().equals(subject) && c.get("check").asText().equals(check)) {
                return c.toString();
            }
        }
        throw new AssertionError("no '" + check + "' check listed for " + subject + " in " + checks);
    }

    private static String find(JsonNode findings, String subject, String check) {
        for (JsonNode f : findings) {
            if (f.get("subject").asText().equals(subject) && f.get("check").asText().equals(check)) {
                return f.toString();
            }
        }
        throw new AssertionError("no '" + check + "' finding for " + subject + " in " + findings);
    }

    @Test
    @DisplayName("compose photonic+analog-topology under seed-current: the naive product beside the composed figure, and why")
    void composeShowsTheNaiveProductBesideTheComposedResult() throws Exception {
        Installed.Run run = cambrian.run(work, "compose", "photonic+analog-topology", "-w", "grok-5", "--scenario", "seed-current",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out()).get("result");
        // seed arithmetic: photonic 100x and analog 300x on every class; the naive product multiplies them (30,000x),
        // composed class by class each class runs on one member, so the compound is analog's 300x
        assertThat(r.get("naiveSpeedup").asDouble()).isCloseTo(30_000, within(1.0));
        assertThat(r.get("composedSpeedup").asDouble()).isCloseTo(300, within(0.5));
        assertThat(r.get("seedClaimedSpeedup").asDouble()).isEqualTo(1000);
        assertThat(r.get("whyTheyDiffer").asText()).contains("multiply").contains("one member");
        assertThat(r.get("assignment").get("dense-matmul").asText()).isEqualTo("analog-topology");
        // photonic runs nothing here, yet its programme is in the investment: said, not left for the reader to find
        assertThat(JSON.readTree(run.out()).get("warnings").toString())
                .contains("photonic: runs no operation class, yet its programme is counted in the in-house investment");
        assertThat(cambrian.run(work, "compose", "photonic+analog-topology", "--scenario", "seed-current").out())
                .contains("photonic runs no operation class here");
        // under the default scenario each member runs a class: nothing to say
        assertThat(cambrian.run(work, "compose", "photonic+analog-topology").out()).doesNotContain("runs no operation class");
        // rank --compose says it of each compound as compose does: it named no idle member at all
        Installed.Run idle = cambrian.run(work, "rank", "-w", "grok-5", "--scenario", "seed-current", "-b",
                "photonic,analog-topology", "--compose", "photonic+analog-topology", "--format", "json");
        assertThat(idle.exitCode()).as(idle.err()).isZero();
        assertThat(JSON.readTree(idle.out()).get("compounds").get(0).get("warnings").toString())
                .contains("photonic: runs no operation class, yet its programme is counted in the in-house investment");
        assertThat(cambrian.run(work, "rank", "-w", "grok-5", "--scenario", "seed-current", "-b", "photonic,analog-topology",
                "--compose", "photonic+analog-topology").out())
                .contains("Members that run no operation class in their compound").contains("photonic+analog-topology: photonic.");

        Installed.Run pinned = cambrian.run(work, "compose", "photonic+analog-topology", "--assign", "attention=gpu-h100",
                "--format", "json");
        assertThat(pinned.exitCode()).as(pinned.err()).isZero();
        assertThat(JSON.readTree(pinned.out()).get("result").get("assignment").get("attention").asText()).isEqualTo("gpu-h100");

        Installed.Run badPin = cambrian.run(work, "compose", "photonic+analog-topology", "--assign", "attention=tpu");
        assertThat(badPin.exitCode()).isEqualTo(2);
        assertThat(badPin.err()).startsWith("error: compose photonic+analog-topology: ").contains("tpu");

        Installed.Run audit = cambrian.run(work, "audit", "-b", "photonic+analog-topology", "--scenario", "seed-current",
                "--format", "json");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(find(JSON.readTree(audit.out()).get("findings"), "photonic+analog-topology", "compound arithmetic"))
                .contains("~1,000x").contains("composed class by class 300x");

        Installed.Run ranked = cambrian.run(work, "rank", "--compose", "pairs", "-b", "photonic,analog-topology,neuromorphic",
                "--format", "json");
        assertThat(ranked.exitCode()).as(ranked.err()).isZero();
        assertThat(JSON.readTree(ranked.out()).get("compounds")).hasSize(3);
    }

    @Test
    @DisplayName("scale: ~1.9x at 50k GPUs (faraboschi2024barriers Fig. 7), rows keyed by configuration, the size where base stops improving")
    void scaleCurves() throws Exception {
        Installed.Run run = cambrian.run(work, "scale", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("cambrian.scale/v1");
        JsonNode at50k = null;
        for (JsonNode row : root.get("rows")) {
            if (row.get("devices").asLong() == 50_000) {
                at50k = row.get("timeSeconds");
            }
        }
        assertThat(at50k).isNotNull();
        assertThat(at50k.get("base-dense").asDouble() / at50k.get("optimized-dense").asDouble()).isBetween(1.6, 2.3);
        assertThat(at50k.has("optimized-k-of-n-moe-8")).isTrue();
        assertThat(root.get("fastestSizeGpus").get("base").asDouble()).isBetween(10_000.0, 100_000.0);
        Installed.Run table = cambrian.run(work, "scale");
        assertThat(table.out()).contains("The base configuration stops improving past about");
    }

    @Test
    @DisplayName("project: faraboschi2024barriers' anchors and crossing years through the product, and a backend bending the curve")
    void projection() throws Exception {
        Installed.Run run = cambrian.run(work, "project", "--backend", "analog-topology", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("cambrian.project/v1");
        JsonNode guess = null;
        for (JsonNode p : root.get("projections")) {
            if (p.get("scenario").asText().equals("best-guess")) {
                guess = p;
            }
        }
        assertThat(guess).isNotNull();
        JsonNode gpt4 = first(guess.get("years"), y -> y.get("year").asInt() == 2023);
        // faraboschi2024barriers §2.1: GPT-4 in 2023, ~$32M cloud, $6.7M GPU
        assertThat(gpt4.get("cloudCostUsd").asDouble()).isCloseTo(32e6, within(8e6));
        assertThat(gpt4.get("gpuCostUsd").asDouble()).isCloseTo(6.7e6, within(1.7e6));
        // faraboschi2024barriers §2.1: the GPU installed base by 2029, global IT spending by 2032 (+-1 year)
        assertThat(guess.get("crossings").get("gpu-installed-base").asInt()).isBetween(2028, 2030);
        assertThat(guess.get("crossings").get("it-spending").asInt()).isBetween(2031, 2033);
        JsonNode analog = root.get("backends").get(0);
        assertThat(analog.get("backend").asText()).isEqualTo("analog-topology");
        assertThat(analog.get("costFactor").asDouble()).isLessThan(1);
        assertThat(analog.get("crossings").get("best-guess").get("it-spending").asInt())
                .isGreaterThanOrEqualTo(guess.get("crossings").get("it-spending").asInt());
        Installed.Run bad = cambrian.run(work, "project", "--growth", "gdp=0.1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--growth gdp=0.1").contains("gpu-installed-base, it-spending, us-gdp");
    }

    @Test
    @DisplayName("levers: resilience gives ~2x at 50k GPUs under faraboschi2024barriers' assumptions, <5% at 1k; each alone and stacked")
    void leversGolden() throws Exception {
        // faraboschi2024barriers §3.1 and Table 3: A100s checkpointing all 80 GB; "with 50k GPUs ... reduce the cost by ~2x,
        // less with smaller systems" (golden range as for `scale`: 1.6x to 2.3x).
        double at50k = resilienceCostFactor(50_000);
        assertThat(1 / at50k).isBetween(1.6, 2.3);
        assertThat(1 / resilienceCostFactor(1_000)).isBetween(1.0, 1.05);

        Installed.Run all = cambrian.run(work, "levers", "--scenario", "seed-current", "--format", "json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        JsonNode root = JSON.readTree(all.out());
        assertThat(root.get("schema").asText()).isEqualTo("cambrian.levers/v1");
        assertThat(root.get("alone")).hasSize(7);
        double smallest = 1;
        for (JsonNode e : root.get("alone")) {
            smallest = Math.min(smallest, e.get("factors").get("cost").asDouble());
        }
        JsonNode margins = first(root.get("alone"), e -> e.get("levers").get(0).asText().equals("competitive-accelerators"));
        // faraboschi2024barriers §3.7: margin 65% -> 40% cuts the price by (1 - 0.65) / (1 - 0.40); under grok2025althw's
        // baseline hardware is $600M of $1.025B, so the cost falls by 0.417 x 600 / 1025.
        assertThat(margins.get("factors").get("cost").asDouble()).isCloseTo(1 - (1 - 0.35 / 0.60) * 600 / 1025.0, within(0.01));
        assertThat(margins.get("factors").get("time").asDouble()).isCloseTo(1, within(1e-9));
        assertThat(root.get("stacked").get("factors").get("cost").asDouble()).isLessThan(smallest);

        Installed.Run table = cambrian.run(work, "levers");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Competitive Accelerators").contains("stacked (7 levers)").contains("faraboschi2024barriers §3.5");
        Installed.Run unknown = cambrian.run(work, "rank", "--lever", "warp-drive");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--lever warp-drive: unknown lever").contains("competitive-accelerators");
        Installed.Run noDefault = cambrian.run(work, "rank", "--lever", "training-algorithms");
        assertThat(noDefault.exitCode()).isEqualTo(2);
        assertThat(noDefault.err()).contains("training-algorithms has no default");
    }

    @Test
    @DisplayName("levers --format csv: one row per lever set, plain numbers in SI units with the unit in the header, as in the JSON")
    void leversCsvIsTidy() throws Exception {
        Installed.Run csv = cambrian.run(work, "levers", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        TidyCsv tidy = TidyCsv.read(csv.out());
        assertThat(tidy.header()).containsExactly("set", "levers", "levers_count", "time_nominal_s", "energy_nominal_J",
                "cost_nominal_USD", "time_factor_ratio", "energy_factor_ratio", "cost_factor_ratio");
        JsonNode root = JSON.readTree(cambrian.run(work, "levers", "--format", "json").out());
        // none, each lever alone, all of them stacked
        assertThat(tidy.rows()).hasSize(1 + root.get("alone").size() + 1);
        assertThat(tidy.rows().get(0)).containsEntry("set", "none").containsEntry("levers_count", "0");
        assertThat(TidyCsv.number(tidy.rows().get(0), "time_nominal_s")).isEqualTo(root.get("without").get("trainingSeconds").asDouble());
        for (int i = 0; i < root.get("alone").size(); i++) {
            Map<String, String> row = tidy.rows().get(i + 1);
            JsonNode alone = root.get("alone").get(i);
            assertThat(row.get("set")).isEqualTo("alone");
            assertThat(row.get("levers")).startsWith(alone.get("levers").get(0).asText() + "=");
            assertThat(TidyCsv.number(row, "energy_nominal_J")).isEqualTo(alone.get("figures").get("energyJoules").asDouble());
            assertThat(TidyCsv.number(row, "cost_factor_ratio")).isEqualTo(alone.get("factors").get("cost").asDouble());
        }
        Map<String, String> stacked = tidy.rows().get(tidy.rows().size() - 1);
        assertThat(stacked.get("set")).isEqualTo("stacked");
        assertThat(TidyCsv.number(stacked, "levers_count")).isEqualTo(root.get("alone").size());
        assertThat(TidyCsv.number(stacked, "cost_nominal_USD")).isEqualTo(root.get("stacked").get("figures").get("costUsd").asDouble());
        for (Map<String, String> row : tidy.rows()) {
            for (String column : tidy.header().subList(3, tidy.header().size())) {
                assertThat(TidyCsv.number(row, column)).as(column).isPositive();
            }
        }
    }

    private double resilienceCostFactor(int devices) throws Exception {
        Installed.Run run = cambrian.run(work, "levers", "-b", "gpu-a100", "--lever", "resilience", "--set",
                "gpu-a100.devices=" + devices, "--set", "gpu-a100.checkpoint-all-memory=1", "-w", "dense-1t", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("alone").get(0).get("factors").get("cost").asDouble();
    }

    @Test
    @DisplayName("levers in a ranking: GPU levers improve the GPUs and the work hybrids leave on them, not the hybrids' claims")
    void leversInARanking() throws Exception {
        Map<String, Double> plain = ranked("trainingTimeSeconds");
        Map<String, Double> lns = ranked("trainingTimeSeconds", "--lever", "lns-format");
        Map<String, Double> smaller = ranked("trainingTimeSeconds", "--lever", "data-reduction");
        // faraboschi2024barriers §3.5: LNS "up to 40%" less training time on the GPUs. Photonic keeps its claim against
        // today's GPUs on the work it covers; only the work it leaves on the GPUs gets faster.
        assertThat(lns.get("gpu-h100") / plain.get("gpu-h100")).isCloseTo(0.6, within(1e-6));
        assertThat(lns.get("photonic") / plain.get("photonic")).isStrictlyBetween(0.6, 1.0);
        // Half the tokens: every backend trains half the job.
        assertThat(smaller.get("gpu-h100") / plain.get("gpu-h100")).isCloseTo(0.5, within(1e-6));
        assertThat(smaller.get("photonic") / plain.get("photonic")).isCloseTo(0.5, within(0.01));
        // faraboschi2024barriers §3.7: cheaper accelerators cut the GPUs' price, and so the GPU fleet photonic keeps.
        Map<String, Double> cost = ranked("costUsd");
        Map<String, Double> margins = ranked("costUsd", "--lever", "competitive-accelerators");
        assertThat(margins.get("photonic") / cost.get("photonic")).isStrictlyBetween(margins.get("gpu-h100") / cost.get("gpu-h100"), 1.0);
    }

    @Test
    @DisplayName("a backend named twice is ranked once")
    void backendNamedTwice() throws Exception {
        Installed.Run run = cambrian.run(work, "rank", "-b", "gpu-h100,photonic,gpu-h100", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("results")).extracting(r -> r.get("backend").asText())
                .containsExactlyInAnyOrder("gpu-h100", "photonic");
    }

    private Map<String, Double> ranked(String figure, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("rank", "-b", "gpu-h100,photonic", "--format", "json"));
        args.addAll(List.of(extra));
        Installed.Run run = cambrian.run(work, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Double> out = new HashMap<>();
        for (JsonNode r : JSON.readTree(run.out()).get("results")) {
            out.put(r.get("backend").asText(), r.get(figure).get("nominal").asDouble());
        }
        return out;
    }

    @Test
    @DisplayName("project --lever: each lever's cost factor and crossings, stacked; faraboschi2024barriers' levers delay, not avoid, the crossings")
    void projectionWithLevers() throws Exception {
        Installed.Run run = cambrian.run(work, "project", "--lever", "all", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        JsonNode levers = root.get("levers");
        assertThat(levers.get("alone")).hasSize(7);
        JsonNode stacked = levers.get("stacked");
        assertThat(stacked.get("costFactor").asDouble()).isBetween(0.01, 0.5);
        int plainIt = 0;
        for (JsonNode p : root.get("projections")) {
            if (p.get("scenario").asText().equals("best-guess")) {
                plainIt = p.get("crossings").get("it-spending").asInt();
            }
        }
        int leveredIt = stacked.get("crossings").get("best-guess").get("it-spending").asInt();
        assertThat(leveredIt).isGreaterThan(plainIt).isLessThanOrEqualTo(plainIt + 3);
        Installed.Run table = cambrian.run(work, "project", "--lever", "competitive-accelerators", "--levers-from", "2027");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("lever competitive-accelerators=0.4").contains("from 2027")
                .contains("cloud (guess, levers)");
    }

    @Test
    @DisplayName("class-data sharing: a successful run records the archive, later runs use it, and the output is the same")
    void classDataSharing() throws Exception {
        Path lib = cambrian.home.resolve("lib");
        clearArchives(lib); // other tests may have run first: these runs must record it
        Installed.Run usage = cambrian.run(work, "rank", "--by", "speed");
        assertThat(usage.exitCode()).as("exit codes pass through while recording").isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(archives(lib, ".jsa")).as("no archive from a usage error").isEmpty();
        Installed.Run first = cambrian.run(work, "rank", "--format", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(archives(lib, ".jsa")).hasSize(1);
        assertThat(archives(lib, ".tmp")).isEmpty();
        // -Xshare:on makes the JVM refuse to start unless it can map the archive: proof it is usable, not just present.
        Process mapped = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + archives(lib, ".jsa").get(0), "-Xshare:on",
                "-cp", lib + "/*", "dev.cambrian.cli.Main", "--version").redirectErrorStream(true).start();
        String mappedOut = new String(mapped.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mapped.waitFor()).as(mappedOut).isZero();
        Installed.Run shared = cambrian.run(work, "rank", "--format", "json");
        Installed.Run plain = cambrian.runWith(Map.of("CAMBRIAN_CDS", "0"), work, "rank", "--format", "json");
        assertThat(shared.exitCode()).isZero();
        assertThat(shared.err()).isEqualTo(plain.err());
        assertThat(JSON.readTree(shared.out())).isEqualTo(JSON.readTree(plain.out())).isEqualTo(JSON.readTree(first.out()));
    }

    @Test
    @DisplayName("a Java that cannot record class data (-Xshare:off) still runs every command, with nothing extra on stdout")
    void javaWithoutClassDataSharing() throws Exception {
        Path lib = cambrian.home.resolve("lib");
        clearArchives(lib);
        for (int i = 0; i < 2; i++) {
            Installed.Run run = cambrian.runWith(Map.of("CAMBRIAN_JAVA_OPTS", "-Xshare:off"), work, "rank", "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(JSON.readTree(run.out()).get("schema").asText()).isEqualTo("cambrian.rank/v2");
        }
        assertThat(archives(lib, ".nocds")).as("noted once, then left alone").hasSize(1);
        clearArchives(lib);
    }

    /** The first element that matches; the test fails when there is none, rather than asserting nothing. */
    private static JsonNode first(JsonNode array, java.util.function.Predicate<JsonNode> match) {
        for (JsonNode e : array) {
            if (match.test(e)) {
                return e;
            }
        }
        throw new AssertionError("no element matches in " + array);
    }

    private static void clearArchives(Path lib) throws IOException {
        for (String suffix : List.of(".jsa", ".nocds", ".tmp")) {
            for (Path p : archives(lib, suffix)) {
                Files.delete(p);
            }
        }
    }

    private static List<Path> archives(Path lib, String suffix) throws IOException {
        try (var files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().startsWith("cambrian-")
                    && f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    @DisplayName("a custom workload from flags: Llama 3.1 405B on 16,384 H100 lands near its published 30.84M GPU-hours")
    void customWorkloadFromFlags() throws Exception {
        Installed.Run run = cambrian.run(work, "estimate", "-w", "custom", "--parameters", "405e9", "--tokens", "15.6e12",
                "-b", "gpu-h100", "--set", "gpu-h100.devices=16384", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out()).get("results").get(0);
        // Meta's published 30.84M GPU-hours lies inside the predicted range (the utilization fit's residual spread).
        JsonNode hours = r.get("hardware").get(0).get("deviceHours");
        assertThat(30.84e6).isBetween(hours.get("low").asDouble(), hours.get("high").asDouble());
    }

    @Test
    @DisplayName("--deadline gives the device count; an impossible one exits 1")
    void deadline() throws Exception {
        Installed.Run run = cambrian.run(work, "estimate", "-w", "gpt-3", "-b", "gpu-h100", "--deadline", "10", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(run.out()).get("results").get(0);
        assertThat(r.get("trainingTimeSeconds").get("nominal").asDouble()).isLessThanOrEqualTo(10 * 86400.0);
        Installed.Run impossible = cambrian.run(work, "estimate", "-b", "gpu-v100", "--deadline", "0.001");
        assertThat(impossible.exitCode()).isEqualTo(1);
        assertThat(impossible.err()).startsWith("error: ").contains("gpu-v100");
    }

    @Test
    @DisplayName("--output writes the file whole; a bad output path exits 2 and leaves nothing")
    void outputFile() throws Exception {
        Path target = work.resolve("rank.json");
        Installed.Run run = cambrian.run(work, "rank", "--format", "json", "--output", target.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(target.toFile()).get("schema").asText()).isEqualTo("cambrian.rank/v2");
        Installed.Run bad = cambrian.run(work, "rank", "--output", work.resolve("no/such/dir/x.txt").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--output");
        assertThat(work.resolve("no")).doesNotExist();
    }

    @Test
    @DisplayName("bad input: one line naming where, exit 2, no stack trace")
    void badInput() throws Exception {
        Path scenario = Files.writeString(work.resolve("s.yaml"), "parameters:\n  gpu-h100:\n    devices: 16384.5\n");
        Installed.Run floatDevices = cambrian.run(work, "rank", "--scenario", scenario.toString());
        assertThat(floatDevices.exitCode()).isEqualTo(2);
        assertThat(floatDevices.err().strip()).isEqualTo("error: " + scenario + ":3:14: gpu-h100.devices takes a whole number"
                + " (devices), got 16384.5");

        Installed.Run unknownParam = cambrian.run(work, "rank", "--set", "gpu-h100.gpus=5");
        assertThat(unknownParam.exitCode()).isEqualTo(2);
        assertThat(unknownParam.err()).startsWith("error: --set gpu-h100.gpus: backend gpu-h100 has no parameter 'gpus'; it has: devices");

        Installed.Run unknownWorkload = cambrian.run(work, "rank", "-w", "gpt-5");
        assertThat(unknownWorkload.exitCode()).isEqualTo(2);
        assertThat(unknownWorkload.err()).contains("-w/--workload: unknown workload 'gpt-5' (did you mean 'gpt-3' or 'gpt-4'?); accepted: gpt-3");

        Installed.Run unknownFormat = cambrian.run(work, "rank", "--format", "xml");
        assertThat(unknownFormat.exitCode()).isEqualTo(2);
        assertThat(unknownFormat.err()).contains("accepted: table, json, csv, markdown");

        Installed.Run unknownKey = cambrian.run(work, "rank", "--by", "speed");
        assertThat(unknownKey.exitCode()).isEqualTo(2);
        assertThat(unknownKey.err()).contains("--by: unknown key 'speed'; accepted: time, energy, cost, hero, investment");

        for (Installed.Run r : new Installed.Run[] {floatDevices, unknownParam, unknownWorkload, unknownFormat, unknownKey}) {
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    @DisplayName("no plugins at all: exit 3")
    void noPlugins() throws Exception {
        Path empty = Files.createDirectory(work.resolve("empty-plugins"));
        Installed.Run run = cambrian.run(work, "rank", "--plugins", empty.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no backend loaded");
    }

    @Test
    @DisplayName("broken plugins are each reported by name while the GPU baseline still ranks")
    void brokenPluginsAreReportedAndTheBaselineStillRanks() throws Exception {
        Path plugins = Files.createDirectory(work.resolve("plugins"));
        Path gpu = Files.copy(cambrian.gpuPlugin(), plugins.resolve(cambrian.gpuPlugin().getFileName()));
        Files.write(plugins.resolve("corrupt.jar"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        PluginJars.variant(gpu, plugins.resolve("no-descriptor.jar"), Map.of("Plugin-Id", ""), Map.of());
        PluginJars.variant(gpu, plugins.resolve("future-api.jar"),
                Map.of("Plugin-Id", "future-api", "Plugin-Requires", ">=9.0.0"), Map.of());
        PluginJars.variant(gpu, plugins.resolve("bundles-api.jar"), Map.of("Plugin-Id", "bundles-api"),
                Map.of("dev/cambrian/api/Range.class", new byte[] {(byte) 0xCA, (byte) 0xFE}));
        PluginJars.variant(gpu, plugins.resolve("zz-duplicate.jar"), Map.of("Plugin-Id", "gpu-copy"), Map.of());

        Installed.Run list = cambrian.run(work, "plugins", "--plugins", plugins.toString(), "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode problems = JSON.readTree(list.out()).get("problems");
        assertThat(problems.toString())
                .contains("corrupt.jar").contains("corrupt or unreadable archive")
                .contains("no-descriptor.jar").contains("no plugin descriptor")
                .contains("future-api").contains("requires API '>=9.0.0'")
                .contains("bundles-api").contains("provided")
                .contains("gpu-copy").contains("already provided by plugin gpu-baseline");

        Installed.Run rank = cambrian.run(work, "rank", "--plugins", plugins.toString());
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        assertThat(rank.out()).contains("gpu-h100").contains("gpu-b200");
        assertThat(rank.err()).contains("warning: plugin future-api").contains("warning: plugin gpu-copy");
    }
}
