package dev.cambrian.engine.uncertainty;

import dev.cambrian.engine.InputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The figures Monte Carlo samples, and what {@code uncertainty --by} ranks on (smaller first). */
public enum Figure {
    TIME("time", "trainingTimeSeconds"),
    ENERGY("energy", "energyJoules"),
    COST("cost", "costUsd"),
    /** Operational + embodied, sampled when the run has an environment. */
    CARBON("carbon", "totalKgCo2e"),
    WATER("water", "waterLitres");

    private final String id;
    private final String jsonKey;

    Figure(String id, String jsonKey) {
        this.id = id;
        this.jsonKey = jsonKey;
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
