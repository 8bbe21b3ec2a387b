package dev.cambrian.cli.scenario;

import java.util.List;
import java.util.Map;

/**
 * A parsed value with the place it came from, so every later error can name file:line:column.
 * Exactly one of {@code fields} (object), {@code items} (array) or {@code scalar} is in use.
 */
record Node(Kind kind, Object scalar, Map<String, Node> fields, List<Node> items, String path, String location) {
    enum Kind { OBJECT, ARRAY, STRING, INTEGER, FLOAT, BOOLEAN, NULL }
}
