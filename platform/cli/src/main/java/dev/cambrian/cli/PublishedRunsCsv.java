package dev.cambrian.cli;

import dev.cambrian.api.Architecture;
import dev.cambrian.api.absolute.Precision;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.validate.PublishedRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the dataset of published runs (data/published-runs.csv in the repository, shipped inside the
 * CLI): a header naming exactly {@link #COLUMNS}, then one run per row. Any bad cell is an input error
 * naming the file, the line and the column.
 */
final class PublishedRunsCsv {
    static final String BUNDLED = "data/published-runs.csv";
    static final List<String> COLUMNS = List.of("id", "model", "organisation", "date", "architecture", "total_parameters",
            "active_parameters", "experts", "tokens", "device_published", "backend", "device_count", "precision",
            "device_hours", "wall_days", "energy_mwh", "energy_basis", "source_key", "source_location", "derived", "notes");

    private PublishedRunsCsv() {
    }

    /** A dataset's runs, and where each is in its file by id ("runs.csv:7"), for a problem found once plugins load. */
    record Dataset(List<PublishedRun> runs, Map<String, String> where) {
    }

    /** The dataset shipped with Cambrian. */
    static Dataset bundled() {
        try (InputStream in = PublishedRunsCsv.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the cambrian-cli jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset file(Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new InputException("--runs " + path + ": cannot read it: " + e.getMessage());
        }
    }

    static Dataset read(Reader reader, String name) throws IOException {
        List<PublishedRun> runs = new ArrayList<>();
        Map<String, String> where = new LinkedHashMap<>();
        try (CsvRows rows = CsvRows.of(reader)) {
            String[] first = rows.next();
            if (first == null) {
                throw new InputException(name + ": empty; expected a header: " + String.join(",", COLUMNS));
            }
            if (first.length > 0 && first[0].startsWith("\uFEFF")) {
                first[0] = first[0].substring(1); // the byte-order mark a spreadsheet saving "CSV UTF-8" puts first
            }
            List<String> header = Arrays.asList(first);
            if (!header.equals(COLUMNS)) {
                throw new InputException(name + ":1: header must be exactly " + String.join(",", COLUMNS) + "; got "
                        + String.join(",", header));
            }
            int line = 1; // one run per line: the dataset has no line breaks inside cells
            for (String[] cells = rows.next(); cells != null; cells = rows.next()) {
                line++;
                String at = name + ":" + line;
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length != COLUMNS.size()) {
                    throw new InputException(at + ": " + cells.length + " cells, expected " + COLUMNS.size());
                }
                PublishedRun run = row(new Row(at, cells));
                if (where.putIfAbsent(run.id(), at) != null) {
                    throw new InputException(at + ": id '" + run.id() + "' appears twice");
                }
                runs.add(run);
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InputException(name + ":" + e.getLocation().getLineNr() + ": not valid CSV: " + e.getOriginalMessage());
        }
        if (runs.isEmpty()) {
            throw new InputException(name + ": no runs after the header");
        }
        return new Dataset(List.copyOf(runs), where);
    }

    /**
     * The largest factor validate multiplies device-hours by: seconds (3,600) times a device's power in watts, well above
     * any device's (B300: 1,400 W); a row past it would overflow the predicted energy.
     */
    private static final double LARGEST_FACTOR = 3600 * 1e6;

    private static PublishedRun row(Row r) {
        String date = r.text("date");
        if (!date.matches("\\d{4}-\\d{2}")) {
            throw r.error("date", "'" + date + "' is not YYYY-MM");
        }
        int year = Integer.parseInt(date.substring(0, 4));
        int month = Integer.parseInt(date.substring(5));
        if (year < 1990 || year > 2200 || month < 1 || month > 12) {
            throw r.error("date", "'" + date + "' is not a month between 1990-01 and 2200-12");
        }
        Architecture architecture = switch (r.text("architecture")) {
            case "dense" -> Architecture.DENSE_TRANSFORMER;
            case "moe" -> Architecture.MOE_TRANSFORMER;
            default -> throw r.error("architecture", "'" + r.text("architecture") + "' is not dense or moe");
        };
        Precision precision = switch (r.text("precision")) {
            case "fp32", "tf32" -> Precision.FP32;
            case "bf16", "fp16" -> Precision.BF16;
            case "fp8" -> Precision.FP8;
            case "fp4" -> Precision.FP4;
            default -> throw r.error("precision", "'" + r.text("precision") + "' is not bf16, fp16, fp8, fp4 or fp32");
        };
        double total = r.positive("total_parameters");
        double active = r.positive("active_parameters");
        if (active > total) {
            throw r.error("active_parameters", "more than total_parameters");
        }
        long experts = r.whole("experts");
        if (architecture == Architecture.DENSE_TRANSFORMER && experts != 1) {
            throw r.error("experts", "a dense run has 1, got " + experts);
        }
        if (architecture == Architecture.DENSE_TRANSFORMER && active != total) {
            throw r.error("active_parameters", "a dense run activates all of its " + r.cell("total_parameters") + " parameters");
        }
        // the figures validate computes from a row must stay numbers: 6 x N x D FLOP, and the hours in seconds and joules
        if (!Double.isFinite(dev.cambrian.api.formula.Workloads.trainingFlop(active, r.positive("tokens")))) {
            throw r.error("tokens", "with " + r.cell("active_parameters") + " active parameters, 6 x N x D is past a double");
        }
        if (!Double.isFinite(r.positive("device_hours") * LARGEST_FACTOR)) {
            throw r.error("device_hours", "must be below " + dev.cambrian.engine.Numbers.compact(Double.MAX_VALUE / LARGEST_FACTOR)
                    + ", got " + r.cell("device_hours"));
        }
        if (!r.cell("wall_days").isBlank()) {
            r.positive("wall_days");
        }
        String energy = r.cell("energy_mwh");
        List<String> derived = r.cell("derived").isBlank() ? List.of() : List.of(r.cell("derived").split(";"));
        for (String d : derived) {
            if (!COLUMNS.contains(d)) {
                throw r.error("derived", "'" + d + "' is not a column");
            }
        }
        String id = r.text("id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw r.error("id", "'" + id + "' is not lower-case kebab-case (a-z, 0-9, '-')");
        }
        return new PublishedRun(id, r.text("model"), r.text("organisation"), year, month, architecture, total, active,
                (int) experts, r.positive("tokens"), r.text("device_published"), r.text("backend"), r.whole("device_count"), precision,
                r.positive("device_hours"), energy.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(r.positive("energy_mwh")),
                r.cell("energy_basis"), r.text("source_key"), r.text("source_location"), derived, r.cell("notes"));
    }

    /** One row's cells by column name, with located errors. */
    private record Row(String where, String[] cells) {
        private static final Map<String, Integer> INDEX = index();

        private static Map<String, Integer> index() {
            Map<String, Integer> m = new java.util.HashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                m.put(COLUMNS.get(i), i);
            }
            return m;
        }

        String cell(String column) {
            return cells[INDEX.get(column)].strip();
        }

        String text(String column) {
            String v = cell(column);
            if (v.isEmpty()) {
                throw error(column, "must not be empty");
            }
            return v;
        }

        double positive(String column) {
            String v = text(column);
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a number");
            }
            if (!(d > 0) || !Double.isFinite(d)) {
                throw error(column, "must be a positive number, got " + v);
            }
            return d;
        }

        /** A positive whole number no larger than a billion (devices, experts). */
        long whole(String column) {
            double d = positive(column);
            if (d != Math.rint(d) || d > 1e9) {
                throw error(column, "must be a whole number from 1 to 1,000,000,000, got " + cell(column));
            }
            return (long) d;
        }

        InputException error(String column, String message) {
            return new InputException(where + ": column " + column + ": " + message);
        }
    }
}
