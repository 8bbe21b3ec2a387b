package dev.cambrian.engine.workload;

import dev.cambrian.api.Architecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in workload presets, each with its source. */
public final class WorkloadCatalog {
    public static final String DEFAULT_ID = "grok-5";
    public static final String CUSTOM_ID = "custom";

    private static final Map<String, WorkloadRequest> PRESETS = new LinkedHashMap<>();

    static {
        add(new WorkloadRequest("gpt-3", "GPT-3 175B", 175e9, 175e9, 300e9, null, 1, Architecture.DENSE_TRANSFORMER, null,
                "Brown et al. 2020, 'Language Models are Few-Shot Learners', Table D.1 (175B parameters, 300B tokens)"));
        add(new WorkloadRequest("gpt-4", "GPT-4 (reported 1.8T MoE)", 1.8e12, 2.8e11, 13e12, null, null,
                Architecture.MOE_TRANSFORMER, null,
                "faraboschi2024barriers §1.2 (1.8T parameters, rumoured); ~280B active and 13T tokens as reported by"
                        + " SemiAnalysis 'GPT-4 Architecture' (July 2023), unconfirmed by OpenAI"));
        add(new WorkloadRequest("grok-4", "Grok 4", 1.7e12, null, null, 1e27 / 4.5, null, null, null,
                "grok2025althw 'Baseline for Grok 5' (Grok 4: 1.7T parameters; Grok 5 needs ~4-5x its compute, so"
                        + " 1e27 FLOP / 4.5)"));
        add(new WorkloadRequest("grok-5", "Grok 5 (projected)", 6e12, 5e11, null, 1e27, null, Architecture.MOE_TRANSFORMER, null,
                "grok2025althw 'Baseline for Grok 5' (~6T parameters, ~500B active, ~1e27 FLOP)"));
        // tokens unstated: the compute-optimal default is this preset's definition, so a resized dense-1t stays at 20 per
        // parameter, and the resolved name says so ("Dense 1T at 20 tokens per parameter")
        add(new WorkloadRequest("dense-1t", "Dense 1T", 1e12, 1e12, null, null, 1,
                Architecture.DENSE_TRANSFORMER, null,
                "faraboschi2024barriers §1.3 (1T parameters, 20 tokens per parameter: C = 120 P^2 = 1.2e26 FLOP)"));
    }

    private WorkloadCatalog() {
    }

    private static void add(WorkloadRequest request) {
        PRESETS.put(request.id(), request);
    }

    public static Optional<WorkloadRequest> preset(String id) {
        return Optional.ofNullable(PRESETS.get(id));
    }

    public static List<WorkloadRequest> presets() {
        return List.copyOf(PRESETS.values());
    }

    public static List<String> ids() {
        return List.copyOf(PRESETS.keySet());
    }
}
