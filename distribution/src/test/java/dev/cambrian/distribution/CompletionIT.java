package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cambrian completion}: the script installs in bash (and zsh, where there is one) and completes
 * the installed plugins' backend ids, the workloads, scenarios and levers, and the commands.
 */
class CompletionIT {
    @TempDir
    static Path scratch;

    static Installed cambrian;
    static Path script;

    @BeforeAll
    static void generate() throws Exception {
        cambrian = Installed.shared();
        Installed.Run run = cambrian.run(scratch, "completion", "bash");
        assertThat(run.exitCode()).as(run.err()).isZero();
        script = scratch.resolve("cambrian-completion.bash");
        Files.writeString(script, run.out());
    }

    /** The words bash offers for the command line typed so far (the last word being completed). */
    private static List<String> complete(String shell, String... words) throws Exception {
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            line.append(" '").append(w).append("'");
        }
        String program = shell.equals("bash")
                ? "source '" + script + "'\nCOMP_WORDS=(" + line + ")\nCOMP_CWORD=" + (words.length - 1)
                        + "\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n_complete_cambrian\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
                // zsh runs a bash completion function under 'emulate sh' (bashcompinit's compgen -F): arrays from 0
                : "source '" + script + "'\nt() {\n emulate -L sh\n setopt kshglob noshglob braceexpand\n COMP_WORDS=(" + line
                        + ")\n COMP_CWORD=" + (words.length - 1) + "\n COMP_LINE=\"${COMP_WORDS[*]}\"\n COMP_POINT=${#COMP_LINE}\n"
                        + " _complete_cambrian\n printf '%s\\n' \"${COMPREPLY[@]}\"\n}\nt\n";
        Path file = Files.createTempFile(scratch, "complete", "." + shell);
        Files.writeString(file, program);
        // stderr is not read: bash's compopt complains outside a real completion, which changes nothing offered
        Process p = new ProcessBuilder(shell, file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return out.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void bashCompletesABackendIdFromTheInstalledPlugins() throws Exception {
        assertThat(complete("bash", "cambrian", "estimate", "-b", "gpu-h1")).contains("gpu-h100").doesNotContain("tpu-v4");
        assertThat(complete("bash", "cambrian", "rank", "--backend", "phot")).containsExactly("photonic");
    }

    @Test
    void bashCompletesTheLastItemOfAListOrACompound() throws Exception {
        // the whole word was matched: a second -b item, a compose member after '+' and --compose offered nothing
        assertThat(complete("bash", "cambrian", "estimate", "-b", "gpu-h100,phot")).containsExactly("gpu-h100,photonic");
        assertThat(complete("bash", "cambrian", "compose", "photonic+analog")).containsExactly("photonic+analog-topology");
        assertThat(complete("bash", "cambrian", "rank", "--compose", "photonic+analog-topology,neuro"))
                .containsExactly("photonic+analog-topology,neuromorphic");
        assertThat(complete("bash", "cambrian", "levers", "--lever", "resilience,mx")).containsExactly("resilience,mx-format");
    }

    @Test
    void bashCompletesCommandsWorkloadsScenariosAndLevers() throws Exception {
        assertThat(complete("bash", "cambrian", "ra")).containsExactly("rank");
        assertThat(complete("bash", "cambrian", "estimate", "-w", "gr")).containsExactlyInAnyOrder("grok-4", "grok-5");
        assertThat(complete("bash", "cambrian", "rank", "--scenario", "seed-")).containsExactlyInAnyOrder("seed-current", "seed-enhanced");
        assertThat(complete("bash", "cambrian", "levers", "--lever", "res")).containsExactly("resilience");
        assertThat(complete("bash", "cambrian", "rank", "--region", "f")).containsExactly("fr");
        assertThat(complete("bash", "cambrian", "report", "--slide-type", "p")).containsExactly("png");
        assertThat(complete("bash", "cambrian", "estimate", "--set", "gpu-h100.dev")).contains("gpu-h100.devices=",
                "gpu-h100.device-price=").allMatch(s -> s.startsWith("gpu-h100.dev"));
    }

    @Test
    void zshCompletesABackendIdThroughBashcompinit() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "zsh is not installed here");
        // zsh's compadd narrows the candidates to the typed prefix itself: the function offers the backend ids
        assertThat(complete("zsh", "cambrian", "estimate", "-b", "gpu-h1")).contains("gpu-h100", "photonic").doesNotContain("--debug");
    }
}
