package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.PointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * docs/models.md §8: uncertainty by Monte Carlo. Every backend's uncertain parameters are sampled (see
 * {@link ParameterSampler}) in fixed-size chunks ({@link ChunkPlan}) on as many threads as asked
 * ({@link Parallel}), each chunk evaluated by one call through the {@link Caller}; then percentiles of
 * time, energy and cost, the probability of each rank position and a sensitivity ranking are reduced
 * from the columns ({@link Reduction}), so the result is the same bit for bit for a seed whatever the
 * thread count. A backend that fails is reported and left out; the others go on.
 */
public final class MonteCarlo {
    private MonteCarlo() {
    }

    /** @throws dev.cambrian.engine.InputException before any call, for a range in force the user made unusable */
    public static UncertaintyResult run(List<Subject> subjects, Workload workload, Economics economics,
                                        ReferenceRun referenceOrNull, Options options, Caller caller) {
        ChunkPlan plan = new ChunkPlan(options.samples());
        int sensitivitySamples = Math.min(options.samples(), Options.SENSITIVITY_SAMPLES);
        List<String> failures = new ArrayList<>();
        List<String> infeasible = new ArrayList<>();
        List<ParameterSampler> samplers = new ArrayList<>(); // first, so a bad range is refused before any call
        for (Subject s : subjects) {
            try {
                samplers.add(ParameterSampler.of(s.parameters()));
            } catch (IllegalArgumentException e) {
                failures.add(s.id() + ": not sampled: " + e.getMessage());
                samplers.add(null);
            }
        }
        List<SampledRun> runs = new ArrayList<>();
        for (int k = 0; k < subjects.size(); k++) {
            Subject s = subjects.get(k);
            ParameterSampler sampler = samplers.get(k);
            if (sampler == null) {
                continue;
            }
            ModelInput nominalInput = new ModelInput(workload, s.parameters().nominal(), economics, referenceOrNull, false);
            List<String> warnings = new ArrayList<>(s.parameters().notes());
            PointResult nominal = null;
            String problem = null;
            try {
                nominal = caller.call(s.id(), "nominal estimate", () -> Estimator.evaluate(s.backend(), nominalInput));
                warnings.addAll(nominal.time().warnings());
                warnings.addAll(nominal.energy().warnings());
                warnings.addAll(nominal.hardware().warnings());
            } catch (BackendFailedException e) {
                failures.add(e.getMessage());
                continue;
            } catch (InfeasibleException e) {
                problem = e.getMessage();
                warnings.add("the nominal point has no valid answer (" + problem + "); the figures summarise the samples"
                        + " that have one");
            }
            runs.add(new SampledRun(s, sampler, nominal, problem, warnings.stream().distinct().toList(),
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
                infeasible.add(run.subject.id() + ": no sample has a valid answer" + (run.nominalProblemOrNull != null
                        ? ", nor has the nominal point: " + run.nominalProblemOrNull
                        : " (the nominal point has one); the first sample: " + run.firstInfeasibleReason()));
            } else {
                ranked.add(run);
            }
        }
        List<BackendUncertainty> results = Reduction.reduce(ranked, options);
        return new UncertaintyResult(options.figure(), options.samples(), options.seed(), ChunkPlan.CHUNK_SIZE,
                sensitivitySamples, results, failures, infeasible, MethodNotes.of(options, sensitivitySamples, referenceOrNull, subjects));
    }

    /**
     * Bytes a run holds at its peak (sample columns, and the copies the reduction tasks running at once
     * make), to check against the memory the JVM may use before starting.
     */
    public static long bytesNeeded(List<Subject> subjects, int samples, int threads) {
        return Footprint.bytes(subjects, samples, threads);
    }
}
