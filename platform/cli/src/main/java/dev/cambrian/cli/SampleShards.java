package dev.cambrian.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.uncertainty.SavedChunk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of an {@code uncertainty --shard} output: one JSON line per backend and chunk with its
 * figures as the exact bits of each double (base64 of big-endian IEEE 754), so a merge puts back
 * exactly what was computed; and the reading of a run's shards back into one store.
 */
final class SampleShards {
    static final String COMMAND = "uncertainty";
    static final String FORMAT = "samples";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleShards() {
    }

    static String body(List<SavedChunk> chunks) {
        StringBuilder out = new StringBuilder();
        try {
            for (SavedChunk c : chunks) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("backend", c.backendId());
                m.put("chunk", c.chunk());
                m.put("infeasible", c.infeasible());
                m.put("firstReason", c.firstReasonOrNull());
                m.put("failure", c.failureOrNull());
                m.put("skipped", c.skipped());
                m.put("seconds", bits(c.seconds()));
                m.put("joules", bits(c.joules()));
                m.put("usd", bits(c.usd()));
                m.put("carbonKg", bits(c.carbonKg()));
                m.put("waterLitres", bits(c.waterLitres()));
                out.append(JSON.writeValueAsString(m)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Reads the shards of one run, checked against the run the command is about to make ({@code runId}, with
     * {@code chunks} chunks): every part once, and every chunk of every backend present exactly once.
     */
    static Map<String, SavedChunk> read(List<Path> files, String runId) {
        Map<String, SavedChunk> store = new HashMap<>();
        Integer count = null;
        boolean[] seen = null;
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("--merge " + f + ": cannot read: " + e.getMessage());
            }
            String[] lines = text.split("\n");
            ShardHeader h = ShardHeader.parse(lines[0], f.toString());
            int eol = text.indexOf('\n');
            h.checkBody(eol < 0 ? "" : text.substring(eol + 1), "--merge " + f);
            if (!h.command().equals(COMMAND) || !h.run().equals(runId)) {
                throw new InputException("--merge " + f + ": not a part of this run (made with other options, seed,"
                        + " samples, scenario, workload or plugins; --format, --by and --threads may differ)");
            }
            if (count == null) {
                count = h.shard().count();
                seen = new boolean[count];
            } else if (count != h.shard().count()) {
                throw new InputException("--merge " + f + ": shard " + h.shard() + " of a split into " + h.shard().count()
                        + " parts, the others into " + count);
            }
            if (seen[h.shard().index() - 1]) {
                throw new InputException("--merge " + f + ": shard " + h.shard() + " is given twice");
            }
            seen[h.shard().index() - 1] = true;
            for (int i = 1; i < lines.length; i++) {
                SavedChunk c = chunk(lines[i], f + ": line " + (i + 1));
                store.put(key(c.backendId(), c.chunk()), c);
            }
        }
        for (int i = 0; seen != null && i < seen.length; i++) {
            if (!seen[i]) {
                throw new InputException("--merge: shard " + (i + 1) + "/" + seen.length + " is missing: merge needs every part");
            }
        }
        return store;
    }

    static String key(String backend, int chunk) {
        return backend + "#" + chunk;
    }

    private static SavedChunk chunk(String line, String where) {
        SavedChunk c;
        try {
            JsonNode n = JSON.readTree(line);
            c = new SavedChunk(n.get("backend").asText(), n.get("chunk").asInt(), doubles(n.get("seconds").asText()),
                    doubles(n.get("joules").asText()), doubles(n.get("usd").asText()), doubles(n.get("carbonKg").asText()),
                    doubles(n.get("waterLitres").asText()), n.get("infeasible").asInt(),
                    text(n.get("firstReason")), text(n.get("failure")), n.get("skipped").asBoolean());
        } catch (JsonProcessingException | NullPointerException | IllegalArgumentException e) {
            throw new InputException("--merge " + where + ": damaged sample line");
        }
        // a sample without a valid answer is NaN in time, energy and cost alike, and counted: an edited count (its part
        // re-hashed) reported samples without an answer that the percentiles still read
        long without = java.util.Arrays.stream(c.seconds()).filter(Double::isNaN).count();
        if (c.failureOrNull() == null && !c.skipped() && without != c.infeasible()) {
            throw new InputException("--merge " + where + ": damaged sample line (" + c.infeasible() + " samples counted without"
                    + " a valid answer, " + without + " in its figures)");
        }
        return c;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String bits(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Double.BYTES);
        for (double v : values) {
            b.putLong(Double.doubleToRawLongBits(v));
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    private static double[] doubles(String base64) {
        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        double[] out = new double[b.remaining() / Double.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.longBitsToDouble(b.getLong());
        }
        return out;
    }
}
