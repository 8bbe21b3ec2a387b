package dev.cambrian.engine.scale;

/**
 * One supercomputing configuration of faraboschi2024barriers §3.1 / Table 3.
 *
 * @param checkpointBytesPerSecond file-system bandwidth for checkpoints
 * @param checkpointReduction      share of GPU memory the checkpoint no longer saves
 * @param toleratedGroups          K of a K-of-N tolerant runtime, 0 for none
 * @param groups                   N, the data-parallel groups
 */
public record ScaleConfig(String name, String description, double checkpointBytesPerSecond, double checkpointReduction,
                          int toleratedGroups, int groups) {

    /** faraboschi2024barriers Table 3: 500 GB/s, all GPU memory checkpointed. */
    public static final ScaleConfig BASE = new ScaleConfig("base", "500 GB/s checkpoints of all GPU memory (faraboschi2024barriers Table 3)",
            500e9, 0, 0, 100);
    /** faraboschi2024barriers §3.1's optimized checkpoints: 2 TB/s and 50% less memory saved. */
    public static final ScaleConfig OPTIMIZED = new ScaleConfig("optimized", "2 TB/s, 50% less checkpointed memory (faraboschi2024barriers §3.1)",
            2e12, 0.5, 0, 100);
    /** Plus the runtime tolerating 5 failed groups of 100, taken at face value (docs/models.md §3): beyond the paper's ~2x. */
    public static final ScaleConfig OPTIMIZED_K_OF_N = new ScaleConfig("optimized-k-of-n",
            "optimized + a runtime tolerating 5 failed data-parallel groups of 100 (faraboschi2024barriers §3.1, at face value)",
            2e12, 0.5, 5, 100);
}
