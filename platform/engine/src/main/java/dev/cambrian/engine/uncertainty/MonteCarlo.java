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
 * DESIGN 3.8: uncertainty by Monte Carlo. Every backend's uncertain parameters are sampled (see
 * {@link ParameterSampler}) in fixed-size chunks ({@link ChunkPlan}) on as many threads as asked
 * ({@link Parallel}), each chunk evaluated by one call through the {@link Caller}; then percentiles of
 * time, energy and cost, the probability of each rank position and a sensitivity ranking are reduced
 * from the columns ({@link Reduction}), so the result is the same bit for bit for a seed whatever the
 * thread count. A backend that fails is reported and left out; the others go on.
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
        List<BackendUncertainty> results = Reduction.reduce(ranked, options);
        return new UncertaintyResult(options.figure(), options.samples(), options.seed(), ChunkPlan.CHUNK_SIZE,
                sensitivitySamples, results, failures, infeasible, MethodNotes.of(options, sensitivitySamples, referenceOrNull, subjects));
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
