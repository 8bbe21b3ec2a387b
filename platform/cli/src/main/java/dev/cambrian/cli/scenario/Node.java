package dev.cambrian.cli.scenario;

import java.util.List;
import java.util.Map;

/**
 * A parsed value with the place it came from, so every later error can name file:line:column.
 * Exactly one of {@code fields} (object), {@code items} (array) or {@code scalar} is in use.
 *
 * @param keyLocation where the key naming this value is (its own location for the document and array items): an
 *                    unknown key is reported there, not at its value on the next line
 */
record Node(Kind kind, Object scalar, Map<String, Node> fields, List<Node> items, String path, String location,
            String keyLocation) {
    enum Kind { OBJECT, ARRAY, STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    Node(Kind kind, Object scalar, Map<String, Node> fields, List<Node> items, String path, String location) {
        this(kind, scalar, fields, items, path, location, location);
    }

    Node withKeyLocation(String at) {
        return new Node(kind, scalar, fields, items, path, location, at);
    }
}
