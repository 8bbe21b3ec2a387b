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
 * then read like the others. A bracket that missed, or a figure without enough valid values to bracket,
 * leaves its result null: the run is then sampled again with every column kept.
 */
final class StreamedFigures {
    /** Samples held to take the brackets from: as many as the strided sample of a whole column reads. */
    static final int PILOT = 1 << 16;

    private final List<Figure> figures;
    private final long samples;
    private final Map<Integer, ChunkEvaluator.Columns> early = new HashMap<>();
    private final List<ChunkEvaluator.Columns> pilot = new ArrayList<>();
    private int pilotSamples;
    private int next;
    private PercentileBrackets.Stream[] streams;
    private boolean unbracketed;
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

    /** Chunk c's figures, from any thread, in any order; each chunk once. */
    synchronized void accept(int c, ChunkEvaluator.Columns chunk) {
        early.put(c, chunk);
        for (ChunkEvaluator.Columns in = early.remove(next); in != null; in = early.remove(next)) {
            next++;
            if (streams == null && !unbracketed) {
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
     * The percentiles of every figure streamed, in {@link #figures} order, once every chunk has come back; null
     * when any of them cannot be given exactly this way.
     */
    synchronized Percentiles[] finish() {
        if (!done) {
            done = true;
            finished = finishOnce();
        }
        return finished;
    }

    private Percentiles[] finishOnce() {
        if (streams == null && !unbracketed) {
            bracket(); // fewer samples than the pilot: bracket from all of them
        }
        if (unbracketed) {
            return null;
        }
        Percentiles[] out = new Percentiles[figures.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = streams[k].finish();
            if (out[k] == null) {
                return null;
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
            if (streams[k] == null) {
                unbracketed = true;
                streams = null;
                pilot.clear();
                return;
            }
        }
        for (ChunkEvaluator.Columns chunk : pilot) {
            read(chunk);
        }
        pilot.clear();
    }

    private void read(ChunkEvaluator.Columns chunk) {
        if (unbracketed) {
            return;
        }
        for (int k = 0; k < streams.length; k++) {
            double[] values = chunk.of(figures.get(k));
            streams[k].accept(values, 0, values.length);
        }
    }
}
