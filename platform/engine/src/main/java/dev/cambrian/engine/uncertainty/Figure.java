package dev.cambrian.engine.uncertainty;

import dev.cambrian.engine.InputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The figures Monte Carlo samples, and what {@code uncertainty --by} ranks on (smaller first). */
public enum Figure {
    TIME("time", "trainingTimeSeconds", "s"),
    ENERGY("energy", "energyJoules", "J"),
    COST("cost", "costUsd", "USD"),
    /** Operational + embodied, sampled when the run has an environment. */
    CARBON("carbon", "totalKgCo2e", "kgCO2e"),
    WATER("water", "waterLitres", "L");

    private final String id;
    private final String jsonKey;
    private final String unit;

    Figure(String id, String jsonKey, String unit) {
        this.id = id;
        this.jsonKey = jsonKey;
        this.unit = unit;
    }

    /** Its SI unit, as the tidy tables' column names carry it. */
    public String unit() {
        return unit;
    }

    /** Carbon and water are sampled only under an environment. */
    public boolean needsEnvironment() {
        return this == CARBON || this == WATER;
    }

    public String id() {
        return id;
    }

    /** The key of this figure in the JSON contract, with its SI unit in the name. */
    public String jsonKey() {
        return jsonKey;
    }

    public static Figure fromId(String id) {
        for (Figure f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new InputException("--by: '" + id + "' is not a sampled figure; accepted: "
                + Arrays.stream(values()).map(Figure::id).collect(Collectors.joining(", ")));
    }
}
