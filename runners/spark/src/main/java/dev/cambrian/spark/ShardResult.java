package dev.cambrian.spark;

import java.io.Serializable;

/** What a worker sends back: the shard's output (header line and rows), its exit code and its stderr. */
record ShardResult(int index, int exitCode, String output, String errors) implements Serializable {
    private static final long serialVersionUID = 1L;
}
