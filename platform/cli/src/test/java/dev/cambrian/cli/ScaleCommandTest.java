package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cambrian.engine.scale.ScaleConfig;
import dev.cambrian.engine.scale.ScaleModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ScaleCommandTest {
    /** faraboschi2024barriers §1.3: dense-1t, C = 120 P^2 for P = 1T. */
    private static final double DENSE_1T = 1.2e26;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anMoeWorkloadIsTrainedDenseAndDividedByEightOnce() {
        // 1T parameters of which 1/8 active (--experts 8): its own run is 6 x 125e9 x tokens; the paper's dense column is
        // every parameter active, C = 1.2e26 as for dense-1t, and MoE-8 is that over 8 (faraboschi2024barriers §1.3)
        Run moe = run("scale", "--experts", "8", "--devices", "10000");
        Run dense = run("scale", "--devices", "10000");
        assertThat(moe.code()).as(moe.err()).isEqualTo(ExitCodes.OK);
        assertThat(moe.out()).contains("(1.20e+26 FLOP) vs system size").contains("8-expert MoE: scale shows it as the paper's"
                + " Fig. 7 does, trained dense (1.20e+26 FLOP");
        String denseRow = dense.out().lines().filter(l -> l.startsWith("10,000")).findFirst().orElseThrow();
        String moeRow = moe.out().lines().filter(l -> l.startsWith("10,000")).findFirst().orElseThrow();
        assertThat(moeRow).isEqualTo(denseRow); // it was 134 d dense and 16.8 d MoE-8: C/8 and C/64
    }

    @Test
    void aSizeGivenTwiceIsRefused() {
        Run r = run("scale", "--devices", "1000,1000");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("error: --devices: 1000 is given twice; each size once");
    }

    @Test
    void explainAddsATablePerConfigurationForThatSize() {
        Run r = run("scale", "--devices", "1000,50000", "--explain", "50000");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        for (String config : new String[] {"base", "optimized", "optimized-k-of-n"}) {
            assertThat(r.out()).contains("How " + config + " gets its dense time at 50,000 GPUs");
        }
        assertThat(r.out()).contains("quantity", "formula", "inputs", "source", "Young/Daly", "faraboschi2024barriers Table 3")
                .contains("stopping share (K-of-N)").contains("training time");
        // the base table's useful fraction, as docs/models.md §3 has it at 50k: 36%
        assertThat(r.out()).containsPattern("useful fraction +0\\.3[56]");
    }

    @Test
    void theModelNoteStatesTheConstantsTheModelRunsOn() {
        Run r = run("scale");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Model: faraboschi2024barriers §3.1 and Table 3: 1.50e+14 FLOP/s sustained per GPU, MTBF 950k h"
                + " (GPU) and 1,500k h (CPU, 1 per 4 GPUs), 2 h to recover, Young/Daly checkpoints of all 80 GB of GPU memory, 1%"
                + " sequential share as weak-scaling efficiency. MoE-8 = C / 8 (faraboschi2024barriers §1.3). The K-of-N runtime is"
                + " modelled at face value (an interrupt stops the job only when 5 of 100 groups are already down), beyond the"
                + " paper's ~2x: shown on its own.");
    }

    @Test
    void withoutExplainTheReportIsUnchanged() throws Exception {
        Run r = run("scale", "--format", "json");
        assertThat(r.out()).doesNotContain("How base");
        assertThat(new ObjectMapper().readTree(r.out()).has("explain")).isFalse();
        assertThat(run("scale").out()).doesNotContain("How base gets");
    }

    @Test
    void explainJsonHasTheStepsByConfiguration() throws Exception {
        Run r = run("scale", "--explain", "50000", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode explain = new ObjectMapper().readTree(r.out()).get("explain");
        assertThat(explain.get("devices").asLong()).isEqualTo(50_000);
        assertThat(explain.get("configurations").fieldNames()).toIterable()
                .containsExactly("base", "optimized", "optimized-k-of-n");
        for (ScaleConfig c : Scalings.CONFIGS) {
            JsonNode steps = explain.get("configurations").get(c.name());
            JsonNode last = steps.get(steps.size() - 1);
            assertThat(last.get("quantity").asText()).isEqualTo("training time");
            assertThat(last.get("value").asDouble()).isEqualTo(ScaleModel.seconds(DENSE_1T, 50_000, c).getAsDouble());
            for (JsonNode step : steps) {
                assertThat(step.fieldNames()).toIterable()
                        .containsExactly("quantity", "value", "unit", "formula", "inputs", "source");
                assertThat(step.get("source").asText()).isNotBlank();
            }
        }
    }

    @Test
    void explainSaysWhenThereIsNoProgress() throws Exception {
        Run r = run("scale", "--explain", "110000", "--format", "json");
        JsonNode base = new ObjectMapper().readTree(r.out()).get("explain").get("configurations").get("base");
        assertThat(base.get(base.size() - 1).get("quantity").asText()).isEqualTo("no progress");
    }

    @Test
    void explainRejectsASizeBelowOne() {
        Run r = run("scale", "--explain", "0");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("error: --explain: ");
    }
}
