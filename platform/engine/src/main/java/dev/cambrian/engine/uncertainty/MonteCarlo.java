package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.PointResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * DESIGN 3.8: uncertainty by Monte Carlo. Every backend's uncertain parameters are sampled (see
 * {@link ParameterSampler}) in fixed-size chunks ({@link ChunkPlan}), chunks on as many threads as asked ({@link Parallel}), each chunk evaluated by one call
 * through the {@link Caller}; then percentiles of time, energy and cost, the probability of each rank
 * position and a sensitivity ranking are reduced from the columns in sample order, so the result is the
 * same bit for bit for a seed whatever the thread count. A backend that fails is reported and left out;
 * the others go on.
 */
public final class MonteCarlo {
    private MonteCarlo() {
    }

    public static UncertaintyResult run(List<Subject> subjects, Workload workload, Economics economics,
                                        ReferenceRun referenceOrNull, Options options, Caller caller) {
        ChunkPlan plan = new ChunkPlan(options.samples());
        int sensitivitySamples = Math.min(options.samples(), Options.SENSITIVITY_SAMPLES);
        List<String> failures = new ArrayList<>();
        List<String> infeasible = new ArrayList<>();
        List<SampledRun> runs = new ArrayList<>();
        for (Subject s : subjects) {
            ParameterSampler sampler;
            try {
                sampler = ParameterSampler.of(s.parameters());
            } catch (IllegalArgumentException e) {
                failures.add(s.id() + ": not sampled: " + e.getMessage());
                continue;
            }
            ModelInput nominalInput = new ModelInput(workload, s.parameters().nominal(), economics, referenceOrNull, false);
            List<String> warnings = new ArrayList<>(s.parameters().notes());
            PointResult nominal = null;
            try {
                nominal = caller.call(s.id(), "nominal estimate", () -> Estimator.evaluate(s.backend(), nominalInput));
                warnings.addAll(nominal.time().warnings());
                warnings.addAll(nominal.energy().warnings());
                warnings.addAll(nominal.hardware().warnings());
            } catch (BackendFailedException e) {
                failures.add(e.getMessage());
                continue;
            } catch (InfeasibleException e) {
                warnings.add("the nominal point has no valid answer (" + e.getMessage() + "); the samples may");
            }
            runs.add(new SampledRun(s, sampler, nominal, warnings.stream().distinct().toList(),
                    new ChunkEvaluator(s.backend(), sampler, nominalInput), plan, options.seed(), sensitivitySamples));
        }
        List<Callable<Void>> chunks = new ArrayList<>();
        for (int c = 0; c < plan.chunks(); c++) {
            int chunk = c;
            for (SampledRun run : runs) {
                chunks.add(() -> {
                    run.chunk(chunk, plan, caller);
                    return null;
                });
            }
        }
        Parallel.all(chunks, options.threads());

        List<SampledRun> ranked = new ArrayList<>();
        for (SampledRun run : runs) {
            String failure = run.failure();
            if (failure != null) {
                failures.add(failure);
            } else if (run.infeasibleSamples() == options.samples()) {
                infeasible.add(run.subject.id() + ": no sample has a valid answer"
                        + (run.nominalOrNull == null ? "" : " (the nominal point has one)"));
            } else {
                ranked.add(run);
            }
        }
        double[][] rankProbabilities = RankCounter.probabilities(
                ranked.stream().map(r -> r.samples.of(options.figure())).toList(),
                ranked.stream().map(r -> r.subject.id()).toList(), options.samples());
        List<Callable<BackendUncertainty>> summaries = new ArrayList<>();
        for (int k = 0; k < ranked.size(); k++) {
            SampledRun run = ranked.get(k);
            double[] probabilities = rankProbabilities[k];
            summaries.add(() -> summarise(run, probabilities, options));
        }
        List<BackendUncertainty> results = new ArrayList<>(Parallel.all(summaries, options.threads()));
        results.sort(Comparator.comparingDouble((BackendUncertainty b) -> b.of(options.figure()).p50())
                .thenComparing(BackendUncertainty::backendId));
        return new UncertaintyResult(options.figure(), options.samples(), options.seed(), ChunkPlan.CHUNK_SIZE,
                sensitivitySamples, results, failures, infeasible, notes(options, sensitivitySamples, referenceOrNull, subjects));
    }

    private static BackendUncertainty summarise(SampledRun run, double[] rankProbabilities, Options options) {
        BackendSamples s = run.samples;
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
                Percentiles.of(BackendSamples.valid(s.seconds)), Percentiles.of(BackendSamples.valid(s.joules)),
                Percentiles.of(BackendSamples.valid(s.usd)), run.nominalOrNull, probabilities, run.sampler.sampled(),
                Sensitivity.rank(s, run.sampler.sampled(), options.figure()), run.warnings, notes);
    }

    /** How the figures were obtained, in words, for every report. */
    private static List<String> notes(Options options, int sensitivitySamples, ReferenceRun reference, List<Subject> subjects) {
        String figure = options.figure().id();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Monte Carlo: %,d samples per backend, seed %d, in chunks of %,d; each chunk"
                + " draws from its own generator, split from one root generator per backend in chunk order, and the"
                + " results are reduced in sample order: the same seed gives the same figures on any number of threads.",
                options.samples(), options.seed(), ChunkPlan.CHUNK_SIZE));
        notes.add("Sampled: every parameter whose range in force is not a point, inside [low, high]: triangular with the"
                + " nominal as its mode, uniform, or uniform in log (log-uniform); the others keep their value. Backends are"
                + " sampled independently, so an uncertainty two backends share (a common calibration) is not correlated"
                + " between them.");
        if (reference != null && subjects.stream().anyMatch(s -> !s.id().equals(reference.backendId()))) {
            notes.add("Relative backends apply their factors to the nominal reference run of the baseline "
                    + reference.backendId() + " (as rank does): the baseline's own uncertainty is not carried into them.");
        }
        notes.add("Percentiles: linear interpolation between order statistics (NumPy's default), over the samples with a"
                + " valid answer; the mean over the same samples.");
        notes.add("Rank probabilities by " + figure + ": at each sample index the backends are ranked, smallest first;"
                + " a sample with no valid answer ranks after every valid one; ties by id.");
        notes.add(String.format(Locale.ROOT, "Sensitivity: Spearman's rank correlation between each sampled parameter's"
                + " draws and %s over the first %,d samples (+: %s rises with the parameter, -: falls); the largest |rho|"
                + " moves it most.", figure, sensitivitySamples, figure));
        return notes;
    }

    /** Bytes a run holds at its peak, to check against the memory the JVM may use before starting. */
    public static long bytesNeeded(List<Subject> subjects, int samples) {
        long sensitivity = Math.min(samples, Options.SENSITIVITY_SAMPLES);
        long total = 0;
        for (Subject s : subjects) {
            total += BackendSamples.bytes(samples, s.parameters().uncertainIndices().length, sensitivity);
        }
        return total + 2L * Double.BYTES * samples; // the sorted copies percentiles make, one figure at a time
    }
}
