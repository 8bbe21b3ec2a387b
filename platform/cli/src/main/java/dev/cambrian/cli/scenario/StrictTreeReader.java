package dev.cambrian.cli.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.cambrian.engine.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON file into {@link Node}s with locations, strictly (docs/architecture.md §5): duplicate keys,
 * trailing content, deep nesting, oversized files and YAML aliases are errors with file:line:column, in words that
 * name the problem rather than the parser's state.
 */
final class StrictTreeReader {
    static final long MAX_BYTES = 1 << 20;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER = 100;
    private static final int MAX_TEXT = 100_000;
    /** Jackson's words for YAML's .inf and .nan. */
    private static final java.util.regex.Pattern YAML_NON_FINITE = java.util.regex.Pattern.compile(
            "(?s)Malformed numeric value '([-+]?\\.(?:inf|Inf|INF|nan|NaN|NAN))'.*");
    /** A whole number YAML 1.1 reads in another base: a leading 0 (octal), 0x, 0b; a plain 0 is decimal. */
    private static final java.util.regex.Pattern NOT_DECIMAL = java.util.regex.Pattern.compile("[-+]?0([0-9_]+|[xXbB].*)");

    private final String file;

    private StrictTreeReader(String file) {
        this.file = file;
    }

    static Node read(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".json")) {
            throw new InputException(path + ": unsupported scenario file type; use .yaml, .yml or .json");
        }
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(path + (Files.isDirectory(path) ? ": a folder, not a file" : ": no such file"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(path + ": file is larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(path);
            requireUtf8(bytes, path);
            JsonFactory factory = yaml ? yamlFactory() : JsonFactory.builder()
                    .streamReadConstraints(constraints()).build();
            try (JsonParser parser = factory.createParser(bytes)) {
                StrictTreeReader reader = new StrictTreeReader(path.toString());
                try {
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        throw new InputException(path + ":1:1: the file is empty");
                    }
                    Node root = reader.value(parser, "", 0);
                    if (parser.nextToken() != null) {
                        throw new InputException(reader.at(parser.currentTokenLocation()) + ": unexpected content after the document");
                    }
                    return root;
                } catch (JsonProcessingException e) {
                    if (e.getCause() instanceof MarkedYAMLException syntax) {
                        throw new InputException(reader.at(syntax.getProblemMark()) + ": " + yamlProblem(syntax), e);
                    }
                    // a limit's exception carries no location of its own: the parser knows where it stopped
                    JsonLocation l = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                    throw new InputException(reader.at(l) + ": " + plainMessage(e), e);
                }
            }
        } catch (java.io.CharConversionException e) { // the parser's decoder, before any token
            throw new InputException(path + ":1:1: not UTF-8 text; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a file that is not UTF-8 at the line and column of its first bad byte: the parsers' decoders report it
     * where they happened to stop (line 1, or the end of the line before).
     */
    private static void requireUtf8(byte[] bytes, Path path) {
        if (unicodeBom(bytes)) {
            return; // UTF-16 or UTF-32 with its byte-order mark (what Windows PowerShell 5 writes): the parsers detect it
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult result = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        if (!result.isError()) {
            return;
        }
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, java.nio.charset.StandardCharsets.UTF_8);
        throw new InputException(path + ":" + line + ":" + (before.codePointCount(0, before.length()) + 1)
                + ": not UTF-8 text; save the file as UTF-8");
    }

    /** Whether the text starts with a UTF-16 or UTF-32 byte-order mark. */
    private static boolean unicodeBom(byte[] b) {
        boolean utf16 = b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
        boolean utf32be = b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF;
        return utf16 || utf32be;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_TEXT)
                .maxNumberLength(MAX_NUMBER).build();
    }

    /**
     * Jackson's message without Jackson: its limits name its own classes ("from
     * StreamReadConstraints.getMaxNestingDepth()"), which tell a user nothing.
     */
    private static String plainMessage(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("nesting depth")) {
                return "nested deeper than " + MAX_DEPTH + " levels";
            }
            if (m.contains("Number value length")) {
                return "a number longer than " + MAX_NUMBER + " characters";
            }
            if (m.contains("String value length")) {
                return "a text longer than " + MAX_TEXT + " characters";
            }
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("CharConversionException") || original.contains("Invalid UTF-8")) {
            return "not UTF-8 text; save the file as UTF-8";
        }
        java.util.regex.Matcher yamlNonFinite = YAML_NON_FINITE.matcher(original);
        if (yamlNonFinite.matches()) { // Jackson's words for YAML's .inf and .nan
            return "a number must be finite, got '" + yamlNonFinite.group(1) + "' (NaN and Infinity are not numbers here)";
        }
        if (original.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "a number must be finite (NaN and Infinity are not numbers here)";
        }
        if (original.contains("ALLOW_COMMENTS")) {
            return "JSON has no comments; remove it, or write the scenario as YAML, which has";
        }
        if (original.contains("AliasEvent")) {
            return "YAML aliases are not supported; write the key out"; // an alias as a key: the parser names its event
        }
        return firstLine(e.getOriginalMessage()).replaceAll(" \\(from `[^`]*`\\)", "")
                // Jackson's own location text ("[Source: REDACTED (StreamReadFeature... disabled); line: 1, column: 1]")
                .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("^Duplicate field '(.*)'$", "duplicate key '$1'")
                .replaceAll("^Unexpected character \\('(.+)' \\(code \\d+\\)\\)", "unexpected '$1'");
    }

    /**
     * SnakeYAML's message leads with its state ("while parsing a flow sequence") and puts the problem on a
     * later line: the problem first, then where the construct it was reading began.
     */
    private static String yamlProblem(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem()).replace("<stream end>", "the end of the file")
                .replace("found character '\\t(TAB)'", "found a tab").replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "tabs");
        String context = e.getContext();
        Mark begun = e.getContextMark();
        if (context == null || begun == null) {
            return problem;
        }
        String construct = context.replaceFirst("^while (parsing|scanning) ", "");
        return problem + " (in " + construct + " begun at line " + (begun.getLine() + 1) + ", column " + (begun.getColumn() + 1) + ")";
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints()).build();
    }

    private Node value(JsonParser p, String path, int depth) throws IOException {
        String location = at(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new InputException(location + ": nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, String> seenAt = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String keyAt = at(p.currentTokenLocation());
                    if (seenAt.containsKey(key)) {
                        throw new InputException(keyAt + ": duplicate key '" + key + "' (first at " + seenAt.get(key) + ")");
                    }
                    seenAt.put(key, keyAt);
                    p.nextToken();
                    fields.put(key, value(p, path.isEmpty() ? key : path + "." + key, depth + 1).withKeyLocation(keyAt));
                }
                return new Node(Node.Kind.OBJECT, null, fields, List.of(), path, location);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, path + "[" + i++ + "]", depth + 1));
                }
                return new Node(Node.Kind.ARRAY, null, Map.of(), items, path, location);
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    // the streaming parser does not resolve an alias: it would read '*a' as the text 'a'
                    throw new InputException(location + ": YAML aliases (*" + p.getText() + ") are not supported; write the value out");
                }
                if (p.getTextLength() > MAX_TEXT) { // YAML's parser does not apply the limit itself
                    throw new InputException(location + ": a text longer than " + MAX_TEXT + " characters");
                }
                return new Node(Node.Kind.STRING, p.getText(), Map.of(), List.of(), path, location);
            case VALUE_NUMBER_INT:
                if (p instanceof YAMLParser && NOT_DECIMAL.matcher(p.getText()).matches()) {
                    // YAML 1.1 reads 010 as 8 and 0x10 as 16: devices: 010 ran on eight devices without a word
                    throw new InputException(location + ": " + (path.isEmpty() ? "document" : path) + ": '" + p.getText()
                            + "' is read by YAML 1.1 as " + p.getNumberValue() + " (a leading 0 is octal, 0x hexadecimal, 0b"
                            + " binary); write the decimal number you mean");
                }
                return new Node(Node.Kind.INTEGER, p.getNumberValue(), Map.of(), List.of(), path, location);
            case VALUE_NUMBER_FLOAT:
                return new Node(Node.Kind.FLOAT, p.getDoubleValue(), Map.of(), List.of(), path, location);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Node.Kind.BOOLEAN, p.getBooleanValue(), Map.of(), List.of(), path, location);
            case VALUE_NULL:
                return new Node(Node.Kind.NULL, null, Map.of(), List.of(), path, location);
            default:
                throw new InputException(location + ": unexpected " + t);
        }
    }

    private String at(JsonLocation l) {
        return file + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }

    private String at(Mark m) {
        return file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed file";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
