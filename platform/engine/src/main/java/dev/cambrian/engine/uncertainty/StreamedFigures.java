package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The percentiles of a backend's figures that are not kept as columns, read chunk by chunk as the chunks come
 * back: chunks that come back early wait for the ones before them, so the values are read in sample order
 * whatever thread ran them, and the extremes and the compensated sum come out as from the whole column. The
 * first chunks (about {@value #PILOT} samples) are held until they give the brackets ({@link PercentileBrackets}),
 * then read like the others. A figure with too few valid values in the pilot to bracket (a mostly infeasible
 * backend's) has its valid values kept instead, in sample order, and selected in at the end, as a kept column's
 * would be: that is as many values as the run has valid ones, not a second run; a figure with no valid value at
 * all is absent (null), as a kept column's is. A bracket that missed leaves the result null: the run is then
 * sampled again with every column kept.
 */
final class StreamedFigures {
    /** Samples held to take the brackets from: as many as the strided sample of a whole column reads. */
    static final int PILOT = PercentileBrackets.SAMPLE;

    private final List<Figure> figures;
    private final long samples;
    // under the lock: chunks come back early, the next one due, whether a thread is reading
    private final Map<Integer, ChunkEvaluator.Columns> early = new HashMap<>();
    private int next;
    private boolean reading;
    // touched only by the thread reading (one at a time, handed on under the lock), and by finish() after all
    private final List<ChunkEvaluator.Columns> pilot = new ArrayList<>();
    private int pilotSamples;
    /** Per figure: its brackets, or null when its valid values are kept instead ({@link #kept}). */
    private PercentileBrackets.Stream[] streams;
    /** Per figure without brackets: its valid values so far, in sample order ({@link #keptCount} of them). */
    private double[][] kept;
    private int[] keptCount;
    // finish()'s answer
    private Percentiles[] finished;
    private boolean done;

    /** @param figures the figures streamed; {@code samples} the run's samples */
    StreamedFigures(List<Figure> figures, long samples) {
        this.figures = List.copyOf(figures);
        this.samples = samples;
    }

    List<Figure> figures() {
        return figures;
    }

    /**
     * Chunk c's figures, from any thread, in any order; each chunk once. One thread at a time reads the chunks
     * that are due, outside the lock: a thread whose chunk arrives while another reads leaves it to that one
     * and goes back to sampling instead of waiting.
     */
    void accept(int c, ChunkEvaluator.Columns chunk) {
        synchronized (this) {
            early.put(c, chunk);
            if (reading) {
                return;
            }
            reading = true;
        }
        while (true) {
            ChunkEvaluator.Columns in;
            synchronized (this) {
                in = early.remove(next);
                if (in == null) {
                    reading = false;
                    return;
                }
                next++;
            }
            if (streams == null) {
                pilot.add(in);
                pilotSamples += in.seconds().length;
                if (pilotSamples >= PILOT) {
                    bracket();
                }
            } else {
                read(in);
            }
        }
    }

    /**
     * The percentiles of every figure streamed, in {@link #figures} order (null for a figure with no valid value),
     * once every chunk has come back; null when any of them cannot be given exactly this way.
     */
    synchronized Percentiles[] finish() {
        if (!done) {
            done = true;
            finished = finishOnce();
        }
        return finished;
    }

    private Percentiles[] finishOnce() {
        if (streams == null) {
            bracket(); // fewer samples than the pilot: bracket from all of them
        }
        Percentiles[] out = new Percentiles[figures.size()];
        for (int k = 0; k < out.length; k++) {
            if (streams[k] != null) {
                out[k] = streams[k].finish();
                if (out[k] == null) {
                    return null; // a bracket missed
                }
            } else if (keptCount[k] > 0) {
                out[k] = Percentiles.bySelection(java.util.Arrays.copyOf(kept[k], keptCount[k]));
            }
        }
        return out;
    }

    private void bracket() {
        streams = new PercentileBrackets.Stream[figures.size()];
        for (int k = 0; k < streams.length; k++) {
            Figure f = figures.get(k);
            double[] sample = new double[pilotSamples];
            int s = 0;
            for (ChunkEvaluator.Columns chunk : pilot) {
                for (double v : chunk.of(f)) {
                    if (!Double.isNaN(v)) {
                        sample[s++] = v;
                    }
                }
            }
            streams[k] = PercentileBrackets.Stream.of(java.util.Arrays.copyOf(sample, s), samples, Percentiles.LEVELS);
        }
        kept = new double[streams.length][];
        keptCount = new int[streams.length];
        for (ChunkEvaluator.Columns chunk : pilot) {
            read(chunk);
        }
        pilot.clear();
    }

    private void read(ChunkEvaluator.Columns chunk) {
        for (int k = 0; k < streams.length; k++) {
            double[] values = chunk.of(figures.get(k));
            if (streams[k] != null) {
                streams[k].accept(values, 0, values.length);
            } else {
                keep(k, values);
            }
        }
    }

    /** Appends the valid values of a chunk's column to figure k's kept values. */
    private void keep(int k, double[] values) {
        for (double v : values) {
            if (v != v) {
                continue; // NaN: no valid answer
            }
            if (kept[k] == null) {
                kept[k] = new double[(int) Math.min(samples, ChunkPlan.CHUNK_SIZE)];
            } else if (keptCount[k] == kept[k].length) {
                kept[k] = java.util.Arrays.copyOf(kept[k], (int) Math.min(samples, 2L * keptCount[k]));
            }
            kept[k][keptCount[k]++] = v;
        }
    }
}
