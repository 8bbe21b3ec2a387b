package dev.cambrian.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report is the output made for a meeting: it must say what rank and uncertainty say beside their tables. A hostile
 * tester found its page and JSON carrying one sentence: no value the user gave, no seed caveat, no backend marked fixed.
 */
class ReportNotesIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    static Installed cambrian;

    @BeforeAll
    static void unpack() throws Exception {
        cambrian = Installed.shared();
    }

    @Test
    @DisplayName("the report names the user's values, the backends' warnings, the environment and what the Monte Carlo holds fixed")
    void theReportCarriesTheNotesRankAndUncertaintyGive() throws Exception {
        Files.writeString(work.resolve("small.yaml"), "scenario: small\nparameters:\n  gpu-h100:\n    devices: 2048\n");
        String[] args = {"-b", "gpu-h100,photonic,probabilistic-training", "--scenario", "small.yaml", "--set", "gpu-h100.pue=1.5"};
        Installed.Run json = cambrian.run(work, concat(new String[] {"report", "--samples", "200", "--format", "json"}, args));
        assertThat(json.exitCode()).as(json.err()).isZero();
        List<String> notes = new ArrayList<>();
        JSON.readTree(json.out()).get("notes").forEach(n -> notes.add(n.asText()));
        assertThat(notes).contains(
                "Assumption: gpu-h100.devices = 2,048 devices (default 100,000 devices) from small.yaml:4:14",
                "Assumption: gpu-h100.pue = 1.5 (default 1.2 (1.1-1.56)) from --set gpu-h100.pue");
        // what rank prints for the same inputs: the seed's caveat on photonic and the baseline's decades-long run
        Installed.Run rank = cambrian.run(work, concat(new String[] {"rank"}, args));
        assertThat(rank.exitCode()).as(rank.err()).isZero();
        List<String> rankWarnings = rank.out().lines().filter(l -> l.startsWith("Warning: ")).toList();
        assertThat(rankWarnings).isNotEmpty();
        assertThat(notes).containsAll(rankWarnings);
        assertThat(notes).anyMatch(n -> n.startsWith("Warning: photonic: DFA limit"));
        assertThat(notes).anyMatch(n -> n.startsWith("Monte Carlo: probabilistic-training: fixed: no uncertainty declared"));
        assertThat(notes).anyMatch(n -> n.startsWith("Carbon: operational = facility energy x"));

        Installed.Run page = cambrian.run(work, concat(new String[] {"report", "--samples", "200", "-o", "page.html"}, args));
        assertThat(page.exitCode()).as(page.err()).isZero();
        assertThat(Files.readString(work.resolve("page.html"))).contains("Assumption: gpu-h100.pue = 1.5");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
