package dev.cambrian.cli.output;

import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * How every JSON the tool writes gives a double: the shortest text that reads back as the same double (Schubfach, as
 * {@link Csv#number} writes CSV's digits). Java 17's Double.toString, Jackson's default, is sometimes a digit longer
 * (2.09721951651619424E17 for 2.0972195165161942E17, JDK-4511638).
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /** The writer, writing doubles shortest. */
    public static ObjectWriter shortest(ObjectWriter writer) {
        return writer.with(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }
}
