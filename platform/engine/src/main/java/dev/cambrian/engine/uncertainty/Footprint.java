package dev.cambrian.engine.uncertainty;

import java.util.List;

/**
 * The heap a run holds at its peak, so a run that cannot fit is refused before it starts: the backends' figure
 * columns (every backend's five, or fewer for a run sampled backend by backend: the caller says how many), their
 * sampled parameters' first samples, the columns every backend shares, plus the larger of what the sampling threads
 * and the reduction tasks running at once allocate (a figure's task sorts one copy of its column; a sensitivity task
 * ranks the first samples).
 */
final class Footprint {
    /** Per sensitivity sample: figure values and ranks, one parameter's values and ranks, the radix sort's buffers. */
    static final int SENSITIVITY_BYTES_PER_SAMPLE = 64;

    /**
     * Columns a run holds besides its backends': the environment's five factors and the baseline's four
     * reference figures for every sample (kept while the backends are sampled one after another), and the
     * separately sampled baseline's own five columns.
     */
    static final int SHARED_COLUMNS = dev.cambrian.engine.environment.Footprints.ChunkFactors.COLUMNS
            + ChunkEvaluator.Columns.REFERENCE_FIGURES + Figure.values().length;

    private Footprint() {
    }

    /** @param figureColumns the backends' figure columns of {@code samples} values held at the peak */
    static long bytes(List<Subject> subjects, int samples, int threads, int figureColumns) {
        long sensitivity = Math.min(samples, Options.SENSITIVITY_SAMPLES);
        long held = (long) Double.BYTES * samples * figureColumns;
        long chunkScratch = 0;
        for (Subject s : subjects) {
            int sampled = s.parameters().uncertainIndices().length;
            held += BackendSamples.parameterBytes(sampled, sensitivity);
            held += (long) Double.BYTES * ChunkPlan.CHUNK_SIZE * s.parameters().parameters().size(); // constant columns
            // a task's chunks: one chunk's drawn parameters at a time, every chunk's figures (with the cost's parts), the
            // baseline's reference figures and the environment's factors until the task ends
            chunkScratch = Math.max(chunkScratch, (long) Double.BYTES * ChunkPlan.CHUNK_SIZE * (sampled
                    + (long) ChunkPlan.MAX_CHUNKS_PER_TASK * (ChunkEvaluator.Columns.ARRAYS + ChunkEvaluator.Columns.REFERENCE_FIGURES
                    + dev.cambrian.engine.environment.Footprints.ChunkFactors.COLUMNS)));
        }
        long sampling = Math.min(threads, (long) subjects.size() * new ChunkPlan(samples).chunks()) * chunkScratch;
        long perTask = Math.max((long) Double.BYTES * samples, SENSITIVITY_BYTES_PER_SAMPLE * sensitivity);
        long reduction = Math.min(threads, (long) Reduction.TASKS_PER_BACKEND * subjects.size()) * perTask;
        long shared = (long) Double.BYTES * samples * SHARED_COLUMNS;
        return held + shared + Math.max(sampling, reduction);
    }
}
