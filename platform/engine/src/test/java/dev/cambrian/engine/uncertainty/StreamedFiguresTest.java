package dev.cambrian.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreamedFiguresTest {
    private static final int CHUNK = ChunkPlan.CHUNK_SIZE;

    /** Chunks of time = u, energy = exp(3u) with some NaN, in sample order. */
    private static List<ChunkEvaluator.Columns> chunks(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ChunkEvaluator.Columns> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            ChunkEvaluator.Columns chunk = ChunkEvaluator.Columns.of(CHUNK);
            for (int i = 0; i < CHUNK; i++) {
                double u = rng.nextDouble();
                chunk.seconds()[i] = u;
                chunk.joules()[i] = i % 97 == 0 ? Double.NaN : Math.exp(3 * u);
            }
            out.add(chunk);
        }
        return out;
    }

    private static double[] column(List<ChunkEvaluator.Columns> chunks, Figure f) {
        double[] out = new double[chunks.size() * CHUNK];
        for (int c = 0; c < chunks.size(); c++) {
            System.arraycopy(chunks.get(c).of(f), 0, out, c * CHUNK, CHUNK);
        }
        return out;
    }

    @Test
    @DisplayName("figures read chunk by chunk, in any order of arrival, give exactly the whole column's percentiles, mean included")
    void streamedEqualsTheColumn() {
        List<ChunkEvaluator.Columns> chunks = chunks(70, 3);
        List<Integer> arrival = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            arrival.add(c);
        }
        Collections.shuffle(arrival, new java.util.Random(5));
        StreamedFigures streamed = new StreamedFigures(List.of(Figure.TIME, Figure.ENERGY), chunks.size() * (long) CHUNK);
        for (int c : arrival) {
            streamed.accept(c, chunks.get(c));
        }
        Percentiles[] p = streamed.finish();
        assertThat(p).isNotNull();
        assertThat(p[0]).isEqualTo(Percentiles.bySelection(column(chunks, Figure.TIME)));
        assertThat(p[1]).isEqualTo(Percentiles.bySelection(column(chunks, Figure.ENERGY)));
    }

    @Test
    @DisplayName("a figure mostly without a valid answer in the first chunks (too few to bracket) keeps its valid values and"
            + " gives exactly the whole column's percentiles, where it used to give null and a second run")
    void aSparseFigureIsKeptNotResampled() {
        List<ChunkEvaluator.Columns> chunks = chunks(70, 11);
        for (int c = 0; c < chunks.size(); c++) { // energy: one valid value in 20 for the first 16 chunks, one in 3 after
            double[] joules = chunks.get(c).joules();
            for (int i = 0; i < CHUNK; i++) {
                if (i % (c < 16 ? 20 : 3) != 0) {
                    joules[i] = Double.NaN;
                }
            }
        }
        List<Integer> arrival = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            arrival.add(c);
        }
        Collections.shuffle(arrival, new java.util.Random(9));
        StreamedFigures streamed = new StreamedFigures(List.of(Figure.TIME, Figure.ENERGY), chunks.size() * (long) CHUNK);
        for (int c : arrival) {
            streamed.accept(c, chunks.get(c));
        }
        Percentiles[] p = streamed.finish();
        assertThat(p).isNotNull();
        assertThat(p[0]).isEqualTo(Percentiles.bySelection(column(chunks, Figure.TIME)));
        assertThat(p[1]).isEqualTo(Percentiles.of(column(chunks, Figure.ENERGY)))
                .isEqualTo(Percentiles.bySelection(column(chunks, Figure.ENERGY)));
    }

    @Test
    @DisplayName("a figure with no valid value at all is absent (null) and the others are given: no second run")
    void aFigureWithoutValuesIsAbsent() {
        List<ChunkEvaluator.Columns> chunks = chunks(20, 13);
        for (ChunkEvaluator.Columns chunk : chunks) {
            java.util.Arrays.fill(chunk.joules(), Double.NaN);
        }
        StreamedFigures streamed = new StreamedFigures(List.of(Figure.TIME, Figure.ENERGY), chunks.size() * (long) CHUNK);
        for (int c = 0; c < chunks.size(); c++) {
            streamed.accept(c, chunks.get(c));
        }
        Percentiles[] p = streamed.finish();
        assertThat(p).isNotNull();
        assertThat(p[1]).as("energy").isNull();
        double[] time = new double[chunks.size() * CHUNK];
        for (int c = 0; c < chunks.size(); c++) {
            System.arraycopy(chunks.get(c).seconds(), 0, time, c * CHUNK, CHUNK);
        }
        assertThat(p[0]).as("time, as from its whole column").isEqualTo(Percentiles.bySelection(time));
    }

    @Test
    @DisplayName("when the first chunks mislead the brackets, the result is null (the run is then sampled again, columns kept)")
    void aMisledBracketGivesNull() {
        List<ChunkEvaluator.Columns> chunks = chunks(70, 7);
        for (int c = 0; c < 16; c++) { // the pilot: all small, the rest of the column above it
            java.util.Arrays.fill(chunks.get(c).seconds(), 0.001);
        }
        StreamedFigures streamed = new StreamedFigures(List.of(Figure.TIME), chunks.size() * (long) CHUNK);
        for (int c = 0; c < chunks.size(); c++) {
            streamed.accept(c, chunks.get(c));
        }
        assertThat(streamed.finish()).isNull();
    }
}
