package dev.cambrian.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the driver ships to a worker for one shard: data only. The command and its arguments
 * (workloads, scenarios, seed, samples, ...), the plugin lock the worker's plugins must match byte for byte, the
 * contents of any scenario file the arguments name, and which shard of how many. No code and no
 * plugin travels: the worker loads its own copy of the locked plugins.
 */
record ShardTask(List<String> arguments, String pluginsDir, byte[] lock, Map<String, byte[]> scenarioFiles,
        int index, int count) implements Serializable {
    private static final long serialVersionUID = 1L;

    ShardTask {
        arguments = List.copyOf(arguments);
        scenarioFiles = Map.copyOf(scenarioFiles);
    }
}
