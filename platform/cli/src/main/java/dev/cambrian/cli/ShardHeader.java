package dev.cambrian.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.shard.Shard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first line of a shard's output: which command and which run it is part of (a hash of
 * everything that decides the run's figures), which shard of how many, and in what format its body
 * is. {@code cambrian merge} reads it to refuse parts of different runs and to find every part once;
 * the single run writes no such line, so the merged body is the single run's output.
 */
record ShardHeader(String command, String run, Shard shard, String format, String body) {
    static final String PREFIX = "# cambrian-shard ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A part's whole text: the header line, which holds the SHA-256 of the shard's name and the body, then the body. */
    static String text(String command, String run, Shard shard, String format, String body) {
        MessageDigest fed = digest(shard);
        fed.update(body.getBytes(StandardCharsets.UTF_8));
        return new ShardHeader(command, run, shard, format, hex(fed)).line() + body;
    }

    /** The line, ending in a newline. */
    String line() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command);
        m.put("run", run);
        m.put("shard", shard.toString());
        m.put("format", format);
        m.put("body", body);
        try {
            return PREFIX + JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the header from a file's first line; {@code where} names the file in the error. */
    static ShardHeader parse(String firstLine, String where) {
        if (!firstLine.startsWith(PREFIX)) {
            throw new InputException(where + ": line 1: not a shard (made with --shard i/N): it does not start with '"
                    + PREFIX.trim() + "'");
        }
        try {
            JsonNode n = JSON.readTree(firstLine.substring(PREFIX.length()));
            return new ShardHeader(n.get("command").asText(), n.get("run").asText(), Shard.parse(n.get("shard").asText()),
                    n.get("format").asText(), n.get("body").asText());
        } catch (JsonProcessingException | NullPointerException e) {
            throw new InputException(where + ": line 1: the shard header is damaged");
        } catch (InputException e) { // its shard field: Shard.parse speaks of --shard, which merge was never given
            throw new InputException(where + ": line 1: the shard header is damaged (" + e.getMessage() + ")");
        }
    }

    /**
     * Refuses a part whose body is not the one its header was written with: an edited count or flag would otherwise
     * merge into figures the run never computed, or end on an internal error.
     */
    void checkBody(String text, String where) {
        MessageDigest fed = digest(shard);
        fed.update(text.getBytes(StandardCharsets.UTF_8));
        checkBodyHash(hex(fed), where);
    }

    /** The same, for a body read piece by piece into a {@link #digest(Shard)}: its SHA-256 in hex. */
    void checkBodyHash(String sha256, String where) {
        if (!sha256.equals(body)) {
            throw new InputException(where + ": changed since it was written (its shard and content do not match the SHA-256"
                    + " in its first line); make this part again with the same command and --shard " + shard);
        }
    }

    /** A run's identity: the SHA-256 of a canonical description of all that decides its figures. */
    static String runId(String description) {
        return sha256(description);
    }

    private static String sha256(String description) {
        return HexFormat.of().formatHex(digest().digest(description.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A SHA-256 digest to feed a part's body piece by piece, fed first with the shard's name: a part whose header was
     * relabelled as another shard no longer matches (its rows would have been merged as that shard's). {@link #hex} reads it.
     */
    static MessageDigest digest(Shard shard) {
        MessageDigest d = digest();
        d.update(("shard " + shard + "\n").getBytes(StandardCharsets.UTF_8));
        return d;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest's value in hex, as the header holds it. */
    static String hex(MessageDigest fed) {
        return HexFormat.of().formatHex(fed.digest());
    }
}
