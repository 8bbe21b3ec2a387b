package dev.cambrian.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    static final List<String> COMMANDS = List.of("plugins", "workloads", "backends", "scenarios", "estimate", "rank",
            "explain", "audit", "compose", "scale", "project", "levers", "uncertainty", "validate", "plan");

    @Test
    void aSwapOfTwoLettersIsOneEdit() {
        assertEquals(List.of("rank"), Suggestions.closest("rnak", COMMANDS));
        assertEquals(List.of("estimate"), Suggestions.closest("estimtae", COMMANDS));
        assertEquals(1, Suggestions.distance("rnak", "rank"));
    }

    @Test
    void typosInLongerNames() {
        List<String> backends = List.of("gpu-h100", "gpu-h200", "gpu-a100", "photonic", "neuromorphic", "analog-topology");
        assertEquals(List.of("photonic"), Suggestions.closest("photnic", backends));
        assertEquals(List.of("gpu-h100"), Suggestions.closest("gpu-h10", backends));
        assertEquals(List.of("gpu-h100"), Suggestions.closest("h100", backends), "contained in exactly one");
        assertEquals(List.of("devices"), Suggestions.closest("devics", List.of("devices", "utilization", "pue")));
        assertEquals(List.of("resilience"), Suggestions.closest("resiliance", List.of("resilience", "mx-format", "lns-format")));
    }

    @Test
    void nothingCloseIsNoSuggestion() {
        assertEquals(List.of(), Suggestions.closest("zzzz", COMMANDS));
        assertEquals("", Suggestions.didYouMean("teleport", COMMANDS));
        assertEquals(" (did you mean 'rank'?)", Suggestions.didYouMean("rnak", COMMANDS));
    }

    @Test
    void tiesAreAllOffered() {
        assertEquals(List.of("gpu-h100", "gpu-h200"), Suggestions.closest("gpu-h300", List.of("gpu-h100", "gpu-h200", "photonic")));
    }
}
