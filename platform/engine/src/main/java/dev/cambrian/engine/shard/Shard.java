package dev.cambrian.engine.shard;

import dev.cambrian.engine.InputException;

/**
 * One part of a run split N ways ({@code --shard i/N}, i from 1): a contiguous range of the run's
 * units of work (a sweep's grid points, a Monte Carlo run's chunks). Contiguous ranges in shard order
 * put the parts back in the single run's order by plain concatenation, which is what makes a merge
 * byte-identical to the single run.
 */
public record Shard(int index, int count) {
    /** The whole run: one shard of one. */
    public static final Shard WHOLE = new Shard(1, 1);
    /** More parts than this gains nothing and is most likely a typo. */
    public static final int MAX_COUNT = 100_000;

    public Shard {
        if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
            throw new InputException("--shard: need i/N with 1 <= i <= N <= " + MAX_COUNT + ", got " + index + "/" + count);
        }
    }

    /** Parses {@code i/N}; a malformed value is bad usage blamed on --shard. */
    public static Shard parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
                        Integer.parseInt(text.substring(slash + 1).trim()));
            }
        } catch (NumberFormatException e) {
            // fall through to the one message
        }
        throw new InputException("--shard: expected i/N (e.g. 2/4), got '" + text + "'");
    }

    /** First unit of this shard among {@code total}: floor((i - 1) * total / N). */
    public int from(int total) {
        return (int) ((long) (index - 1) * total / count);
    }

    /** One past the last unit of this shard: the next shard's first. */
    public int to(int total) {
        return (int) ((long) index * total / count);
    }

    public boolean isWhole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
