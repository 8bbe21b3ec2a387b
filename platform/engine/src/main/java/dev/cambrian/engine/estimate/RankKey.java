package dev.cambrian.engine.estimate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** What {@code rank --by} orders on: a nominal figure, smaller first. */
public enum RankKey {
    TIME("time", e -> e.trainingSeconds().nominal()),
    ENERGY("energy", e -> e.energyJoules().nominal()),
    COST("cost", e -> e.costUsd().nominal()),
    HERO("hero", e -> e.heroMonth().nominal()),
    INVESTMENT("investment", e -> e.fabInvestmentUsd().nominal()),
    /** Operational + embodied; an estimate without a footprint ranks last. */
    CARBON("carbon", e -> e.footprint().map(f -> f.totalKgCo2e().nominal()).orElse(Double.POSITIVE_INFINITY)),
    WATER("water", e -> e.footprint().map(f -> f.waterLitres().nominal()).orElse(Double.POSITIVE_INFINITY));

    private final String id;
    private final ToDoubleFunction<Estimate> figure;

    RankKey(String id, ToDoubleFunction<Estimate> figure) {
        this.id = id;
        this.figure = figure;
    }

    public String id() {
        return id;
    }

    public double of(Estimate e) {
        return figure.applyAsDouble(e);
    }

    public static String accepted() {
        return Arrays.stream(values()).map(RankKey::id).collect(Collectors.joining(", "));
    }

    public static RankKey fromId(String id) {
        for (RankKey k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new dev.cambrian.engine.InputException("--by: unknown key '" + id + "'; accepted: " + accepted());
    }
}
