package dev.cambrian.cli;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text's rows as arrays of cells, read with Jackson's streaming CSV parser alone. The environment's tables are
 * read on every command's start: through a CsvMapper they loaded Jackson's databind layer (some 300 classes, about
 * 0.1 s of a 0.6 s `rank`) only to turn rows into arrays, which the parser's tokens already are.
 */
final class CsvRows implements Closeable {
    /** Thread-safe and costly to set up, as Jackson's factories are: one for every reader. */
    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvParser parser;

    private CsvRows(CsvParser parser) {
        this.parser = parser;
    }

    /** Rows of {@code text}, closed with this reader. */
    static CsvRows of(Reader text) throws IOException {
        return new CsvRows(FACTORY.createParser(text));
    }

    /**
     * The next row's cells (a blank line is one empty cell), or null after the last.
     *
     * @throws com.fasterxml.jackson.core.JacksonException for text that is not CSV (an unclosed quote), with its location
     */
    String[] next() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new IllegalStateException("a CSV row without a schema starts an array, not " + t);
        }
        List<String> cells = new ArrayList<>();
        for (t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw new IllegalStateException("a CSV row ended without closing its array");
            }
            cells.add(parser.getText());
        }
        return cells.toArray(new String[0]);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
