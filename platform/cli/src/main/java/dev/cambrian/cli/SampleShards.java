package dev.cambrian.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.shard.Shard;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.SavedChunk;
import dev.cambrian.host.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
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
    /**
     * Non-ASCII text (a reason's "x" or a dash) escaped: a part is ASCII, so its bytes, and the hash of them, do not
     * depend on the charset of the standard output it may be written to.
     */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private SampleShards() {
    }

    /**
     * A part's whole text, written line by line: its header (which holds the body's SHA-256, so the body is encoded
     * twice, once for the hash) and one line per chunk. A part of a million samples of thirty backends is some 400 MB
     * of text: built as one string, it took several times that of memory after the samples' own.
     */
    static AtomicFile.Text part(String runId, Shard shard, List<SavedChunk> chunks) {
        return out -> {
            MessageDigest body = ShardHeader.digest(shard);
            for (SavedChunk c : chunks) {
                body.update(line(c).getBytes(StandardCharsets.UTF_8));
            }
            out.write(new ShardHeader(COMMAND, runId, shard, FORMAT, ShardHeader.hex(body)).line());
            for (SavedChunk c : chunks) {
                out.write(line(c));
            }
        };
    }

    private static String line(SavedChunk c) {
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
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the shards of one run, checked against the run the command is about to make ({@code runId}): every part
     * once, its body exactly the bytes its header's hash was made of, and every line a chunk. Read line by line from
     * the bytes (a whole part as one string, and its lines split from it, took several times the samples' own memory),
     * so the hash covers every byte as written: a part whose line ends were converted is a changed part.
     */
    static Map<String, SavedChunk> read(List<Path> files, String runId, int samples) {
        Map<String, SavedChunk> store = new HashMap<>();
        Integer count = null;
        boolean[] seen = null;
        for (Path f : files) {
            String where = "--merge " + f;
            try (InputStream stream = Files.newInputStream(f)) {
                PartLines in = new PartLines(stream);
                PartLines.Line first = in.next(null);
                ShardHeader h = ShardHeader.parse(first == null || first.bytesOrNull() == null ? ""
                        : text(first.bytesOrNull()).orElse(""), where);
                if (!h.command().equals(COMMAND)) {
                    // as merge says of an uncertainty part the other way round
                    throw new InputException(where + ": a " + h.command() + " part, not an uncertainty part: join " + h.command()
                            + " parts with cambrian merge FILE...");
                }
                if (!h.run().equals(runId)) {
                    throw new InputException(where + ": not a part of this run (made with other options, seed,"
                            + " samples, scenario, workload or plugins; --format, --by and --threads may differ)");
                }
                if (count == null) {
                    count = h.shard().count();
                    seen = new boolean[count];
                } else if (count != h.shard().count()) {
                    throw new InputException(where + ": shard " + h.shard() + " of a split into " + h.shard().count()
                            + " parts, the others into " + count);
                }
                if (seen[h.shard().index() - 1]) {
                    throw new InputException(where + ": shard " + h.shard() + " is given twice");
                }
                seen[h.shard().index() - 1] = true;
                MessageDigest body = ShardHeader.digest(h.shard());
                String damage = null; // the first damaged line, said after the hash: a changed part is named as such first
                int number = 1;
                for (PartLines.Line line = in.next(body); line != null; line = in.next(body)) {
                    number++;
                    if (damage == null) {
                        String lineWhere = f + ": line " + number;
                        if (line.bytesOrNull() == null) {
                            damage = "--merge " + lineWhere + ": damaged sample line (longer than any chunk's)";
                            continue;
                        }
                        java.util.Optional<String> decoded = text(line.bytesOrNull());
                        if (decoded.isEmpty()) {
                            damage = "--merge " + lineWhere + ": damaged sample line (not UTF-8 text)";
                            continue;
                        }
                        try {
                            SavedChunk c = chunk(decoded.get(), lineWhere);
                            String wrong = wrongPlace(c, h.shard(), samples, store);
                            if (wrong != null) {
                                damage = "--merge " + lineWhere + ": damaged sample line (" + wrong + ")";
                            } else {
                                store.put(key(c.backendId(), c.chunk()), c);
                            }
                        } catch (InputException e) {
                            damage = e.getMessage();
                        }
                    }
                }
                h.checkBodyHash(ShardHeader.hex(body), where);
                if (damage != null) {
                    throw new InputException(damage);
                }
            } catch (IOException e) {
                throw new InputException(where + ": cannot read: " + e.getMessage());
            }
        }
        for (int i = 0; seen != null && i < seen.length; i++) {
            if (!seen[i]) {
                throw new InputException("--merge: shard " + (i + 1) + "/" + seen.length + " is missing: merge needs every part");
            }
        }
        // a chunk is skipped only once its backend failed in another (SampledRun): alone, it ended in an internal error
        java.util.Set<String> failed = new java.util.HashSet<>();
        store.values().stream().filter(c -> c.failureOrNull() != null).forEach(c -> failed.add(c.backendId()));
        for (SavedChunk c : store.values()) {
            if (c.skipped() && !failed.contains(c.backendId())) {
                throw new InputException("--merge: " + c.backendId() + " chunk " + (c.chunk() + 1) + " is marked skipped,"
                        + " but no chunk of it failed: a damaged part");
            }
        }
        return store;
    }

    /**
     * Why a chunk read from shard {@code shard}'s part cannot be put back, or null: a part edited and hashed again passed
     * the hash, and ended in an internal error or put another part's chunk in silently. Each chunk its part's, once, whole.
     */
    private static String wrongPlace(SavedChunk c, Shard shard, int samples, Map<String, SavedChunk> store) {
        int chunks = MonteCarlo.chunks(samples);
        if (c.chunk() < shard.from(chunks) || c.chunk() >= shard.to(chunks)) {
            return "chunk " + (c.chunk() + 1) + " is not one of shard " + shard + "'s";
        }
        if (store.containsKey(key(c.backendId(), c.chunk()))) {
            return c.backendId() + " chunk " + (c.chunk() + 1) + " is given twice";
        }
        int size = MonteCarlo.chunkSize(samples, c.chunk());
        if (c.failureOrNull() == null && !c.skipped() && !whole(c, size)) {
            return "its figures do not hold chunk " + (c.chunk() + 1) + "'s " + size + " samples";
        }
        return null;
    }

    /** Whether each of the chunk's five figures holds {@code size} samples. */
    private static boolean whole(SavedChunk c, int size) {
        return c.seconds().length == size && c.joules().length == size && c.usd().length == size
                && c.carbonKg().length == size && c.waterLitres().length == size;
    }

    /** A line's text without its line end, or empty when its bytes are not UTF-8. */
    private static java.util.Optional<String> text(byte[] line) {
        int end = line.length > 0 && line[line.length - 1] == '\n' ? line.length - 1 : line.length;
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(line, 0, end)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.util.Optional.empty();
        }
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
