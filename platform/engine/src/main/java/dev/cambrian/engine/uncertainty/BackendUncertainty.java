package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.engine.estimate.PointResult;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One backend's Monte Carlo result: percentiles of time, energy and cost over its samples with a valid
 * answer, the probability of each rank position (index 0 = rank 1), and its sampled parameters
 * ordered by how much they move the ranked figure.
 *
 * @param validSamples  the samples with a valid answer, which the percentiles summarise
 * @param nominalOrNull the five models at the nominal point (null when it has no valid answer)
 * @param warnings      the nominal point's warnings and the scenario's notes about this backend
 * @param notes         how its sampling differed from the declarations, and its samples with no valid answer
 * @param histograms    the ranked figure's shape, for pictures (the run's {@link Options#figure()})
 * @param nominalCarbonKgOrNull    carbon at the nominal point, every environment factor at its nominal value
 *                                 (null without an environment or a nominal answer); likewise water
 */
public record BackendUncertainty(BackendInfo info, String profile, int validSamples, int infeasibleSamples,
                                 Percentiles seconds, Percentiles joules, Percentiles usd, PointResult nominalOrNull,
                                 List<Double> rankProbabilities, List<SampledParameter> sampled, List<Sensitivity> sensitivity,
                                 List<String> warnings, List<String> notes, Percentiles carbonKgOrNull,
                                 Percentiles waterLitresOrNull, Map<Figure, Histogram> histograms,
                                 Double nominalCarbonKgOrNull, Double nominalWaterLitresOrNull) {
    public BackendUncertainty {
        histograms = histograms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(histograms));
        rankProbabilities = List.copyOf(rankProbabilities);
        sampled = List.copyOf(sampled);
        sensitivity = List.copyOf(sensitivity);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** Without carbon and water (a run with no environment). */
    public BackendUncertainty(BackendInfo info, String profile, int validSamples, int infeasibleSamples, Percentiles seconds,
                              Percentiles joules, Percentiles usd, PointResult nominalOrNull, List<Double> rankProbabilities,
                              List<SampledParameter> sampled, List<Sensitivity> sensitivity, List<String> warnings, List<String> notes) {
        this(info, profile, validSamples, infeasibleSamples, seconds, joules, usd, nominalOrNull, rankProbabilities, sampled,
                sensitivity, warnings, notes, null, null, Map.of(), null, null);
    }

    public String backendId() {
        return info.id();
    }

    /**
     * Whether the figure has no spread here: the backend declares no uncertainty, or what it samples does not move this
     * figure (every valid sample gives the same value: gpu-h100 under seed-current samples prices and months, not time).
     * Its rank probabilities then take a point as exact.
     */
    public boolean fixedIn(Figure figure) {
        Percentiles p = of(figure);
        return sampled().isEmpty() || (p != null && p.min() == p.max() && infeasibleSamples == 0);
    }

    /** The figure at the nominal point, or null when it has none (no valid answer; carbon and water without an environment). */
    public Double nominal(Figure figure) {
        return nominal(figure, nominalOrNull, nominalCarbonKgOrNull, nominalWaterLitresOrNull);
    }

    /** A figure of a nominal point, with its carbon and water (each may be null). */
    static Double nominal(Figure figure, PointResult nominalOrNull, Double carbonOrNull, Double waterOrNull) {
        if (nominalOrNull == null) {
            return null;
        }
        return switch (figure) {
            case TIME -> nominalOrNull.time().trainingSeconds();
            case ENERGY -> nominalOrNull.energy().joules();
            case COST -> nominalOrNull.costUsd();
            case CARBON -> carbonOrNull;
            case WATER -> waterOrNull;
        };
    }

    /** The figure's percentiles; null for carbon and water when the run had no environment. */
    public Percentiles of(Figure figure) {
        return switch (figure) {
            case TIME -> seconds;
            case ENERGY -> joules;
            case COST -> usd;
            case CARBON -> carbonKgOrNull;
            case WATER -> waterLitresOrNull;
        };
    }
}
