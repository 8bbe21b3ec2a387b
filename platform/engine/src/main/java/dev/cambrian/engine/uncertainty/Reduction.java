package dev.cambrian.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Reduces the sampled columns of the backends that came through into their results: percentiles of
 * each figure and the histogram of the ranked one, the Spearman sensitivity ranking and the rank probabilities, as independent tasks on the
 * run's threads. Each task reads whole columns in sample order and writes its own slot, so the result
 * does not depend on the thread count. A figure's task holds one sorted copy of its column while it
 * runs ({@link Footprint} counts them).
 */
final class Reduction {
    /** One task per figure and one for the sensitivity ranking. */
    static final int TASKS_PER_BACKEND = Figure.values().length + 1;

    private Reduction() {
    }

    /** The results, ordered by the median of the ranked figure, ties by id. */
    static List<BackendUncertainty> reduce(List<SampledRun> runs, Options options) {
        int n = runs.size();
        Percentiles[][] figures = new Percentiles[n][Figure.values().length];
        Histogram[][] shapes = new Histogram[n][Figure.values().length];
        List<List<Sensitivity>> sensitivity = new ArrayList<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            BackendSamples s = runs.get(k).samples;
            for (Figure f : Figure.values()) {
                if (f.needsEnvironment() && options.environmentOrNull() == null) {
                    continue; // not sampled
                }
                Percentiles[] slot = figures[k];
                Histogram[] shape = shapes[k];
                tasks.add(() -> {
                    slot[f.ordinal()] = Percentiles.of(s.of(f));
                    if (f == options.figure()) { // the one the pictures show: its shape, not every figure's (a log per value read)
                        shape[f.ordinal()] = Histogram.of(s.of(f));
                    }
                    return null;
                });
            }
            List<SampledParameter> sampled = runs.get(k).sampler.sampled();
            sensitivity.add(null);
            int index = k;
            tasks.add(() -> {
                sensitivity.set(index, Sensitivity.rank(s, sampled, options.figure()));
                return null;
            });
        }
        double[][] probabilities = RankCounter.probabilities(runs.stream().map(r -> r.samples.of(options.figure())).toList(),
                options.samples(), options.threads());
        Parallel.all(tasks, options.threads());
        List<BackendUncertainty> results = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            results.add(result(runs.get(k), figures[k], shapes[k], sensitivity.get(k), probabilities[k], options));
        }
        results.sort(Comparator.comparingDouble((BackendUncertainty b) -> b.of(options.figure()).p50())
                .thenComparing(BackendUncertainty::backendId));
        return results;
    }

    private static BackendUncertainty result(SampledRun run, Percentiles[] figures, Histogram[] shapes, List<Sensitivity> sensitivity,
                                             double[] rankProbabilities, Options options) {
        List<String> notes = new ArrayList<>(run.sampler.notes());
        int none = run.infeasibleSamples();
        if (none > 0) {
            notes.add(run.subject.id() + ": " + String.format(Locale.ROOT, "%,d of %,d", none, options.samples())
                    + " samples have no valid answer: left out of its percentiles and ranked after every valid answer");
        }
        List<Double> probabilities = new ArrayList<>();
        for (double p : rankProbabilities) {
            probabilities.add(p);
        }
        return new BackendUncertainty(run.subject.info(), run.subject.parameters().profile(), options.samples() - none, none,
                figures[Figure.TIME.ordinal()], figures[Figure.ENERGY.ordinal()], figures[Figure.COST.ordinal()],
                run.nominalOrNull, probabilities, run.sampler.sampled(), sensitivity, run.warnings, notes,
                figures[Figure.CARBON.ordinal()], figures[Figure.WATER.ordinal()], histograms(shapes));
    }

    private static Map<Figure, Histogram> histograms(Histogram[] shapes) {
        Map<Figure, Histogram> out = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            if (shapes[f.ordinal()] != null) {
                out.put(f, shapes[f.ordinal()]);
            }
        }
        return out;
    }
}
