package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.engine.environment.Environment;
import dev.cambrian.engine.environment.Footprints;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.PointResult;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Evaluates one backend on one chunk of samples: draws the sampled parameters into columns (the
 * others are shared constant columns at their value in force), then runs the same five models as
 * {@link Estimator#evaluate} on each sample without derivation text, and writes time, energy and cost
 * into the backend's columns. A sample whose model has no valid answer is counted, not fatal. An
 * interrupted thread (the guard cancels a call that ran out of time) stops within a few samples.
 */
final class ChunkEvaluator {
    /** Samples between checks for interruption. */
    static final int INTERRUPT_CHECK = 64;

    /** What came back from a chunk: its samples with no valid answer, and the first one's reason (or null). */
    record Outcome(int infeasible, String firstReason) {
    }

    private final HardwareBackend backend;
    private final ParameterSpace space;
    private final ParameterSampler sampler;
    private final ModelInput template;
    private final double[][] constant;
    private final Footprints.Sampler footprintOrNull;

    /** @param template the nominal input, with the reference run; its parameters are replaced per sample */
    ChunkEvaluator(HardwareBackend backend, ParameterSampler sampler, ModelInput template) {
        this(backend, sampler, template, null);
    }

    /** @param environmentOrNull the factors carbon and water are sampled with, or null for none */
    ChunkEvaluator(HardwareBackend backend, ParameterSampler sampler, ModelInput template, Environment environmentOrNull) {
        this.backend = backend;
        this.footprintOrNull = environmentOrNull == null ? null : new Footprints.Sampler(environmentOrNull, template.parameters().space());
        this.space = template.parameters().space();
        this.sampler = sampler;
        this.template = template.explaining(false);
        double[] nominal = template.parameters().toArray();
        this.constant = new double[nominal.length][];
        for (int p = 0; p < nominal.length; p++) {
            constant[p] = new double[ChunkPlan.CHUNK_SIZE];
            Arrays.fill(constant[p], nominal[p]);
        }
    }

    /** Carbon and water of one sample, the environment's factors drawn triangular over their ranges; NaN without one. */
    private void footprint(SplittableRandom rng, PointResult r, ParameterBatch batch, int i, int start, BackendSamples out) {
        if (footprintOrNull == null) {
            out.carbonKg[start + i] = Double.NaN;
            out.waterLitres[start + i] = Double.NaN;
            return;
        }
        double[] u = new double[Footprints.Input.values().length];
        for (int k = 0; k < u.length; k++) {
            u[k] = rng.nextDouble();
        }
        double[] f = footprintOrNull.sample(r, batch, i,
                (range, input) -> Draws.triangular(u[input.ordinal()], range.low(), range.nominal(), range.high()));
        out.carbonKg[start + i] = f[0];
        out.waterLitres[start + i] = f[1];
    }

    /**
     * Evaluates samples [start, start + size) with the chunk's own generator.
     *
     * @throws IllegalStateException when the thread is interrupted: the call was abandoned
     */
    Outcome evaluate(SplittableRandom rng, int start, int size, BackendSamples out) {
        double[][] columns = constant.clone();
        for (SampledParameter s : sampler.sampled()) {
            columns[s.index()] = new double[size];
        }
        sampler.fill(rng, columns, size);
        ParameterBatch batch = new ParameterBatch(space, columns, size);
        int infeasible = 0;
        String firstReason = null;
        for (int i = 0; i < size; i++) {
            if (i % INTERRUPT_CHECK == 0 && Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted after " + i + " of " + size + " samples");
            }
            try {
                PointResult r = Estimator.evaluate(backend, template.withParameters(batch.sample(i)));
                out.seconds[start + i] = r.time().trainingSeconds();
                out.joules[start + i] = r.energy().joules();
                out.usd[start + i] = r.costUsd();
                footprint(rng, r, batch, i, start, out);
            } catch (InfeasibleException e) {
                out.infeasible(start + i);
                if (infeasible++ == 0) {
                    firstReason = e.getMessage();
                }
            }
        }
        int keep = Math.min(size, out.sensitivitySamples - start);
        // the footprint's draws come after the chunk's parameter draws, so time, energy and cost are unchanged by them
        for (int k = 0; k < out.parameters.length && keep > 0; k++) {
            System.arraycopy(columns[sampler.sampled().get(k).index()], 0, out.parameters[k], start, keep);
        }
        return new Outcome(infeasible, firstReason);
    }
}
