package dev.cambrian.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the documents the views build (maps in their order, lists, records, strings, numbers, booleans, null) as JSON with
 * Jackson's streaming generator. Through an ObjectMapper every JSON output first loaded Jackson's databind layer, some
 * 350 classes and a tenth of a second of each run, to walk a tree the views had already built.
 *
 * <p>A double is written as the shortest text that reads back as the same double (Schubfach, as {@link Csv} writes CSV's
 * digits): Java 17's Double.toString, Jackson's default, is sometimes a digit longer (2.09721951651619424E17 for
 * 2.0972195165161942E17, JDK-4511638). A value of any other type is a view's mistake and is refused, not guessed at.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private JsonTree() {
    }

    /** Indented two spaces a level, lines ending in \n whatever line.separator says. */
    public static String pretty(Object tree) {
        return write(tree, true, null);
    }

    /** On one line. */
    public static String line(Object tree) {
        return write(tree, false, null);
    }

    /** On one line, with the characters {@code escapes} names escaped (JSON inside an HTML script element). */
    public static String line(Object tree, CharacterEscapes escapes) {
        return write(tree, false, escapes);
    }

    private static String write(Object tree, boolean pretty, CharacterEscapes escapes) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            }
            if (escapes != null) {
                g.setCharacterEscapes(escapes);
            }
            value(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Double d) {
            g.writeNumber(d); // NaN and infinities as the strings "NaN", "Infinity" (Jackson's default)
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a JSON object's key must be text, got " + e.getKey());
                }
                g.writeFieldName(key);
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof double[] numbers) {
            g.writeArray(numbers, 0, numbers.length);
        } else if (v instanceof long[] numbers) {
            g.writeArray(numbers, 0, numbers.length);
        } else if (v instanceof int[] numbers) {
            g.writeArray(numbers, 0, numbers.length);
        } else if (v instanceof Object[] items) {
            value(g, java.util.Arrays.asList(items));
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof Record r) {
            record(g, r);
        } else {
            throw new IllegalArgumentException("no JSON form for a " + v.getClass().getName() + ": " + v);
        }
    }

    /** An object of the record's components in their declared order (the page's charts are records). */
    private static void record(JsonGenerator g, Record r) throws IOException {
        g.writeStartObject();
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            g.writeFieldName(c.getName());
            java.lang.reflect.Method accessor = c.getAccessor();
            try {
                accessor.setAccessible(true); // a record nested in a view's class is not public
                value(g, accessor.invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
            }
        }
        g.writeEndObject();
    }
}
