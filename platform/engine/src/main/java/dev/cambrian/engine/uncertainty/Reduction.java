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
    /** One task per figure and one for the sensitivity ranking ({@link #summaryTasks}). */
    static final int TASKS_PER_BACKEND = Figure.values().length + 1;

    private Reduction() {
    }

    /**
     * What one backend's own columns reduce to: the percentiles of each figure sampled, the ranked figure's
     * histogram and the sensitivity ranking. Filled by the tasks of {@link #summaryTasks}, each writing its
     * own slot, and read after they have all finished.
     */
    static final class Summary {
        final Percentiles[] figures = new Percentiles[Figure.values().length];
        final Histogram[] shapes = new Histogram[Figure.values().length];
        List<Sensitivity> sensitivity;
    }

    /**
     * The tasks that summarise one backend's columns into {@code into}: one per figure sampled, one for the
     * sensitivity ranking. Each reads whole columns in sample order, so the summary does not depend on
     * which thread runs it or when.
     */
    static List<Callable<Void>> summaryTasks(SampledRun run, Options options, Summary into) {
        BackendSamples s = run.samples;
        List<Callable<Void>> tasks = new ArrayList<>();
        if (run.streamedOrNull != null) { // read as the chunks came back (MonteCarlo.run made sure they all could be)
            Percentiles[] streamed = run.streamedOrNull.finish();
            for (int k = 0; k < streamed.length; k++) {
                into.figures[run.streamedOrNull.figures().get(k).ordinal()] = streamed[k];
            }
        }
        for (Figure f : Figure.values()) {
            if (f.needsEnvironment() && options.environmentOrNull() == null) {
                continue; // not sampled
            }
            if (run.streamedOrNull != null && run.streamedOrNull.figures().contains(f)) {
                continue;
            }
            tasks.add(() -> {
                if (!Percentiles.anyValid(s.of(f))) {
                    return null; // no sample has one: the figure is absent (see result)
                }
                into.figures[f.ordinal()] = Percentiles.of(s.of(f));
                if (f == options.figure()) { // the one the pictures show: its shape, not every figure's (a log per value read)
                    into.shapes[f.ordinal()] = Histogram.of(s.of(f));
                }
                return null;
            });
        }
        List<SampledParameter> sampled = run.sampler.sampled();
        tasks.add(() -> {
            boolean environment = options.figure().needsEnvironment() && options.environmentOrNull() != null;
            into.sensitivity = Sensitivity.rank(s, sampled, options.figure(),
                    environment ? EnvironmentDraws.of(options, s.sensitivitySamples) : null);
            return null;
        });
        return tasks;
    }

    /**
     * The results, ordered by the median of the ranked figure, ties by id. Backends summarised while the
     * run sampled ({@link SampledRun#summary}) are not summarised again.
     */
    /**
     * The backends' results and the samples the rank probabilities leave out.
     *
     * @param samplesWithoutAnswer samples where no backend has a valid answer ({@link RankCounter})
     */
    record Reduced(List<BackendUncertainty> backends, int samplesWithoutAnswer) {
    }

    static Reduced reduce(List<SampledRun> runs, Options options) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (SampledRun run : runs) {
            if (run.summary == null) {
                run.summary = new Summary();
                tasks.addAll(summaryTasks(run, options, run.summary));
            }
        }
        RankCounter.Probabilities ranks = RankCounter.probabilities(runs.stream().map(r -> r.samples.of(options.figure())).toList(),
                options.samples(), options.threads());
        double[][] probabilities = ranks.byBackend();
        Parallel.all(tasks, options.threads());
        List<BackendUncertainty> results = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            Summary summary = runs.get(k).summary;
            results.add(result(runs.get(k), summary.figures, summary.shapes, summary.sensitivity, probabilities[k], options));
        }
        // a backend without one valid value of the figure (NaN) goes after every other, as its samples rank
        results.sort(Comparator.comparingDouble((BackendUncertainty b) -> b.of(options.figure()) == null ? Double.NaN
                        : b.of(options.figure()).p50())
                .thenComparing(BackendUncertainty::backendId));
        return new Reduced(results, ranks.samplesWithoutAnswer());
    }

    /**
     * A nominal time, energy or cost outside P10-P90 is no sampling error: a range declared lopsided about its nominal
     * (cerebras-cs3's peak-flops runs from a dense estimate up to the vendor's 8x headline) puts most draws on its far
     * side. Said for each such figure, naming the ranges whose far side is at least four times the near one, so the
     * spread is not read as the nominal's. For the ranked figure, whose Spearman ranking the run computed, only ranges
     * that move it ({@link Sensitivity#moves}) are named, and for time and energy no price: cerebras-cs3's time note
     * named a cost-only range.
     */
    private static List<String> lopsided(SampledRun run, Percentiles[] figures, List<Sensitivity> sensitivity, Figure ranked) {
        List<String> notes = new ArrayList<>();
        for (Figure f : List.of(Figure.TIME, Figure.ENERGY, Figure.COST)) {
            Double nominal = BackendUncertainty.nominal(f, run.nominalOrNull, null, null);
            Percentiles p = figures[f.ordinal()];
            if (nominal == null || p == null || (nominal >= p.p10() && nominal <= p.p90())) {
                continue;
            }
            java.util.Set<String> moving = new java.util.HashSet<>();
            if (f == ranked && sensitivity != null) {
                sensitivity.stream().filter(Sensitivity::moves).forEach(s -> moving.add(s.parameter().name()));
            }
            List<String> ranges = new ArrayList<>();
            for (SampledParameter sp : run.sampler.sampled()) {
                double below = sp.mode() - sp.low();
                double above = sp.high() - sp.mode();
                // a price moves only the cost; for the ranked figure the Spearman ranking says what moves it
                boolean relevant = (f == Figure.COST || !sp.unit().contains("USD"))
                        && (f != ranked || sensitivity == null || moving.contains(sp.name()));
                if (relevant && (above > 4 * below || below > 4 * above)) {
                    ranges.add(sp.name() + " " + dev.cambrian.engine.Numbers.compact(sp.low()) + " to "
                            + dev.cambrian.engine.Numbers.compact(sp.high()) + " about " + dev.cambrian.engine.Numbers.compact(sp.mode())
                            + " " + sp.unit());
                }
            }
            notes.add(run.subject.id() + ": its nominal " + f.id() + " (" + dev.cambrian.engine.Numbers.compact(nominal) + " "
                    + f.unit() + ") lies outside its P10-P90 (" + dev.cambrian.engine.Numbers.compact(p.p10()) + "-"
                    + dev.cambrian.engine.Numbers.compact(p.p90()) + " " + f.unit() + "): "
                    + (ranges.isEmpty() ? "its ranges together pull the draws away from the nominal"
                    : "a range is lopsided about its nominal (" + String.join("; ", ranges) + "), so most draws fall on its far side")
                    + "; the percentiles weigh the whole range as declared");
        }
        return notes;
    }

    private static BackendUncertainty result(SampledRun run, Percentiles[] figures, Histogram[] shapes, List<Sensitivity> sensitivity,
                                             double[] rankProbabilities, Options options) {
        List<String> notes = new ArrayList<>(run.sampler.notes());
        int none = run.infeasibleSamples();
        if (none > 0) {
            notes.add(run.subject.id() + ": " + String.format(Locale.ROOT, "%,d of %,d", none, options.samples())
                    + " samples have no valid answer: left out of its percentiles and ranked after every valid answer");
        }
        notes.addAll(lopsided(run, figures, sensitivity, options.figure()));
        List<String> warnings = new ArrayList<>(run.warnings);
        for (Figure f : Figure.values()) {
            // only carbon and water can lack every value while the sample has one (ChunkEvaluator marks time, energy and
            // cost invalid together): where the hardware model's device-hours have no valid answer but its costs have
            if (f.needsEnvironment() && options.environmentOrNull() != null && figures[f.ordinal()] == null) {
                warnings.add("no sample has a valid " + f.id() + ": shown as absent (a model that disagrees with itself;"
                        + " the plugin TCK checks device-hours against the scalar hardware model)");
            }
        }
        List<Double> probabilities = new ArrayList<>();
        for (double p : rankProbabilities) {
            probabilities.add(p);
        }
        return new BackendUncertainty(run.subject.info(), run.subject.parameters().profile(), options.samples() - none, none,
                figures[Figure.TIME.ordinal()], figures[Figure.ENERGY.ordinal()], figures[Figure.COST.ordinal()],
                run.nominalOrNull, probabilities, run.sampler.sampled(), sensitivity, warnings, notes,
                figures[Figure.CARBON.ordinal()], figures[Figure.WATER.ordinal()], histograms(shapes),
                run.nominalFootprintOrNull == null ? null : run.nominalFootprintOrNull[0],
                run.nominalFootprintOrNull == null ? null : run.nominalFootprintOrNull[1]);
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
