package dev.cambrian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;

/** Workload flags that change a preset keep the workload consistent: compute, tokens and size agree. */
class WorkloadFlagsTest {
    @Test
    void aStatedComputeTakesThePresetsTokensWithIt() {
        // GPT-3 states 300B tokens; 1e24 FLOP on its 175B parameters is 952B tokens (6 N D), not 300B
        Workload w = workload(flags("gpt-3", null, 1e24));
        assertThat(w.trainingFlop()).isEqualTo(1e24);
        assertThat(w.tokens()).isCloseTo(1e24 / (6 * 175e9), org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void computeAndTokensThatDisagreeAreRefusedNamingTheFlags() {
        assertThatThrownBy(() -> workload(flags(null, 1e12, 1e24))).isInstanceOf(InputException.class)
                .hasMessage("--tokens 1.00e+12 --flop 1.00e+24: the stated compute (1.00e+24 FLOP) and tokens (1.00e+12) disagree:"
                        + " 6 x 5.00e+11 active parameters x 1.00e+12 tokens = 3.00e+24 FLOP; give one and the other follows,"
                        + " or both within a factor of 2");
        // within a factor of two a stated figure wins (a paper's compute may count attention and recomputation)
        Workload near = workload(flags("gpt-3", 300e9, 3.5e23));
        assertThat(near.trainingFlop()).isEqualTo(3.5e23);
        assertThat(near.tokens()).isEqualTo(300e9);
    }

    @Test
    void aScenarioFilesWorkloadFollowsTheSameRule(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // the file states a compute over a preset's tokens: the tokens follow it, as with --flop (it was refused)
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("w.yaml"), "workload: {preset: gpt-3, flop: 1e24}\n");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file.toString(), java.util.List.of());
        Workload w = Context.workload(new WorkloadOptions(), loaded.scenario(), loaded.workloadPreset());
        assertThat(w.trainingFlop()).isEqualTo(1e24);
        assertThat(w.tokens()).isCloseTo(1e24 / (6 * 175e9), org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void dashWReplacesAWorkloadTheFileNamesAndResizesOneItDoesNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // the file's own Llama laid over -w gpt-4 gave "Llama 3.1 405B-like" with GPT-4's 6 experts and a 63B active share
        java.nio.file.Path named = java.nio.file.Files.writeString(dir.resolve("llama.yaml"), "workload:\n  preset: custom\n"
                + "  name: Llama-like\n  parameters: 405e9\n  tokens: 15.6e12\n  architecture: dense-transformer\n");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(named.toString(), java.util.List.of());
        Workload w = Context.workload(flags("gpt-4", null, null), loaded.scenario(), loaded.workloadPreset());
        Workload gpt4 = workload(flags("gpt-4", null, null));
        assertThat(w.name()).isEqualTo(gpt4.name());
        assertThat(w.totalParameters()).isEqualTo(gpt4.totalParameters());
        assertThat(w.activeParameters()).isEqualTo(gpt4.activeParameters());
        assertThat(w.trainingFlop()).isEqualTo(gpt4.trainingFlop());
        assertThat(w.source()).endsWith("-w gpt-4 replaces the workload of " + named + ":2:3");
        // -w naming the file's own preset restates it: the file's sizes stay (they were dropped, and custom had none)
        Workload same = Context.workload(flags("custom", null, null), loaded.scenario(), loaded.workloadPreset());
        assertThat(same.name()).isEqualTo("Llama-like");
        assertThat(same.totalParameters()).isEqualTo(405e9);
        assertThat(same.tokens()).isEqualTo(15.6e12);
        // a file that only resizes (no preset, no name) resizes the preset -w names, and says so in the name
        java.nio.file.Path resize = java.nio.file.Files.writeString(dir.resolve("tokens.yaml"), "workload: {tokens: 1e12}\n");
        ScenarioLoader.Loaded resizing = ScenarioLoader.load(resize.toString(), java.util.List.of());
        Workload r = Context.workload(flags("gpt-3", null, null), resizing.scenario(), resizing.workloadPreset());
        assertThat(r.tokens()).isEqualTo(1e12);
        assertThat(r.name()).endsWith("(modified by the scenario file)");
    }

    @Test
    void aFileThatNamesAWorkloadWithoutAPresetDescribesItsOwnInEveryCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path named = java.nio.file.Files.writeString(dir.resolve("named.yaml"),
                "workload: {name: mymodel, parameters: 7e10, tokens: 1e12}\n");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(named.toString(), java.util.List.of());
        // estimate's default preset is grok-5 and scale's dense-1t: "mymodel" was a 12-expert MoE in one, dense in the other
        Workload inEstimate = Context.workload(new WorkloadOptions(), loaded.scenario(), loaded.workloadPreset(), "grok-5");
        Workload inScale = Context.workload(new WorkloadOptions(), loaded.scenario(), loaded.workloadPreset(), "dense-1t");
        assertThat(inEstimate).isEqualTo(inScale);
        assertThat(inEstimate.id()).isEqualTo("custom");
        assertThat(inEstimate.experts()).isEqualTo(1);
        assertThat(inEstimate.trainingFlop()).isEqualTo(6 * 7e10 * 1e12);
        // -w custom replaces the file's workload: its error names the flag, not the file that has the parameters
        assertThatThrownBy(() -> Context.workload(flags("custom", null, null), loaded.scenario(), loaded.workloadPreset()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("-w custom: workload 'custom' needs --parameters");
    }

    @Test
    void aDensePresetResizedStaysExactlyDense() {
        // 175e9 * (405e9 / 175e9) rounds to 4.0500000000000006e11: the workload was refused as more active than total
        for (double total : new double[] {405e9, 9e11, 70e9, 1e12, 3.3e11}) {
            WorkloadOptions o = flags("gpt-3", null, null);
            o.parameters = total;
            Workload w = workload(o);
            assertThat(w.activeParameters()).as("%s", total).isEqualTo(total);
            assertThat(w.totalParameters()).isEqualTo(total);
        }
        // an MoE preset keeps its share, never above the new total
        WorkloadOptions moe = flags("gpt-4", null, null);
        moe.parameters = 405e9;
        Workload w = workload(moe);
        assertThat(w.activeParameters()).isLessThan(w.totalParameters());
    }

    @Test
    void aNewSizeOrExpertCountReshapesThePresetInsteadOfContradictingIt() {
        // gpt-3 --parameters 1e12 was a "dense" model with 175B active of 1T, its FLOP unchanged
        WorkloadOptions bigger = flags("gpt-3", null, null);
        bigger.parameters = 1e12;
        Workload w = workload(bigger);
        assertThat(w.activeParameters()).isEqualTo(1e12);
        assertThat(w.architecture()).isEqualTo(dev.cambrian.api.Architecture.DENSE_TRANSFORMER);
        assertThat(w.trainingFlop()).isCloseTo(6 * 1e12 * 300e9, org.assertj.core.data.Percentage.withPercentage(1e-9));
        // dense-1t --experts 4 stayed dense with 1T active (and ran slower than without experts)
        WorkloadOptions moe = flags("dense-1t", null, null);
        moe.experts = 4;
        Workload m = workload(moe);
        assertThat(m.activeParameters()).isEqualTo(m.totalParameters() / 4);
        assertThat(m.architecture()).isEqualTo(dev.cambrian.api.Architecture.MOE_TRANSFORMER);
        assertThat(m.trainingFlop()).isCloseTo(6 * m.activeParameters() * m.tokens(), org.assertj.core.data.Percentage.withPercentage(1e-9));
        // a preset's own expert count given again changes nothing (gpt-4: 6 experts, 280B active as reported)
        WorkloadOptions same = flags("gpt-4", null, null);
        same.experts = 6;
        assertThat(workload(same).activeParameters()).isEqualTo(workload(flags("gpt-4", null, null)).activeParameters());
        assertThat(workload(same).trainingFlop()).isEqualTo(workload(flags("gpt-4", null, null)).trainingFlop());
    }

    @Test
    void tokensNobodyGaveAreSaidToBeTheComputeOptimalDefault(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // -w custom --parameters 5e11 trained on 1e13 tokens under the name "custom workload", from "command-line flags"
        WorkloadOptions o = flags("custom", null, null);
        o.parameters = 5e11;
        Workload w = workload(o);
        assertThat(w.tokens()).isEqualTo(20 * 5e11); // hoffmann2022chinchilla: ~20 tokens per parameter
        assertThat(w.name()).isEqualTo("custom workload at 20 tokens per parameter");
        assertThat(w.source()).startsWith("command-line flags; tokens: 20 per parameter, the compute-optimal default")
                .contains("hoffmann2022chinchilla");
        // a scenario file's custom workload is the file's, not the flags'
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("w.yaml"), "workload: {preset: custom, parameters: 5e11}\n");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file.toString(), java.util.List.of());
        Workload fromFile = Context.workload(new WorkloadOptions(), loaded.scenario(), loaded.workloadPreset());
        assertThat(fromFile.source()).startsWith(file + ":1:11; tokens: 20 per parameter");
        // stated tokens or compute: no default, nothing said
        o.tokens = 1e12;
        assertThat(workload(o).name()).isEqualTo("custom workload");
        // the preset defined by the rule: its tokens follow its size, resized or not, and its name says the rule
        Workload dense = workload(flags("dense-1t", null, null));
        assertThat(dense.tokens()).isEqualTo(2e13);
        assertThat(dense.name()).isEqualTo("Dense 1T at 20 tokens per parameter");
        WorkloadOptions bigger = flags("dense-1t", null, null);
        bigger.parameters = 2e12;
        assertThat(workload(bigger).tokens()).isEqualTo(4e13);
        assertThat(workload(bigger).trainingFlop()).isEqualTo(120 * 2e12 * 2e12);
        // a file's custom size with flags for the rest came from both
        java.nio.file.Path sized = java.nio.file.Files.writeString(dir.resolve("s.yaml"), "workload: {preset: custom, parameters: 5e11}\n");
        ScenarioLoader.Loaded both = ScenarioLoader.load(sized.toString(), java.util.List.of());
        Workload mixed = Context.workload(flags(null, 1e12, null), both.scenario(), both.workloadPreset());
        assertThat(mixed.source()).isEqualTo(sized + ":1:11 and command-line flags");
        // -w custom replacing a file's preset: the source starts with where the custom workload came from, not "null"
        java.nio.file.Path gpt3 = java.nio.file.Files.writeString(dir.resolve("g3.yaml"), "workload: {preset: gpt-3}\n");
        ScenarioLoader.Loaded g3 = ScenarioLoader.load(gpt3.toString(), java.util.List.of());
        WorkloadOptions replacing = flags("custom", 1e12, null);
        replacing.parameters = 1e11;
        assertThat(Context.workload(replacing, g3.scenario(), g3.workloadPreset()).source())
                .isEqualTo("command-line flags; -w custom replaces the workload of " + gpt3 + ":1:11");
    }

    private static WorkloadOptions flags(String preset, Double tokens, Double flop) {
        WorkloadOptions o = new WorkloadOptions();
        o.workload = preset;
        o.tokens = tokens;
        o.flop = flop;
        return o;
    }

    private static Workload workload(WorkloadOptions o) {
        return Context.workload(o, BuiltInScenarios.named(BuiltInScenarios.DEFAULT).orElseThrow(), null);
    }
}
