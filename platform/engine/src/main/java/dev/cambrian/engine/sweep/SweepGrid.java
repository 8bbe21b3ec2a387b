package dev.cambrian.engine.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of a sweep: every combination of its axes' values, numbered in row-major order (the last
 * axis changes fastest). A point's number is its row in the output, so any split of the numbers into
 * contiguous ranges joins back into the same table.
 */
public final class SweepGrid {
    /** An axis: its name (a column of the output) and its values' labels. */
    public record Axis(String name, List<String> values) {
        public Axis {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("axis " + name + " has no value");
            }
        }
    }

    /** Points beyond this are refused: a table no one reads and a run no one waits for. */
    public static final long MAX_POINTS = 10_000_000;

    private final List<Axis> axes;
    private final int points;

    public SweepGrid(List<Axis> axes) {
        this.axes = List.copyOf(axes);
        long n = 1;
        for (Axis a : axes) {
            n *= a.values().size();
            if (n > MAX_POINTS) {
                throw new dev.cambrian.engine.InputException("sweep: the grid has more than " + MAX_POINTS
                        + " points; sweep fewer values at once (or split it with --shard and fewer axes)");
            }
        }
        this.points = (int) n;
    }

    public List<Axis> axes() {
        return axes;
    }

    public int points() {
        return points;
    }

    /** The value index on each axis of point {@code p}. */
    public int[] coordinates(int p) {
        if (p < 0 || p >= points) {
            throw new IndexOutOfBoundsException("point " + p + " of " + points);
        }
        int[] c = new int[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            int size = axes.get(a).values().size();
            c[a] = p % size;
            p /= size;
        }
        return c;
    }

    /** The labels of point {@code p}, axis by axis. */
    public List<String> labels(int p) {
        int[] c = coordinates(p);
        List<String> out = new ArrayList<>(c.length);
        for (int a = 0; a < c.length; a++) {
            out.add(axes.get(a).values().get(c[a]));
        }
        return out;
    }
}
