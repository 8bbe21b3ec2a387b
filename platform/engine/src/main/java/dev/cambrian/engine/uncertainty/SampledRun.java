package dev.cambrian.engine.uncertainty;

import dev.cambrian.engine.estimate.PointResult;
import java.util.List;

/**
 * One backend during a Monte Carlo run: its generators (one per chunk), its sample columns, and per
 * chunk what came back. Each chunk is written by exactly one task; after a failure the backend's
 * remaining chunks are skipped and the failure of its lowest-numbered failed chunk is reported.
 */
final class SampledRun {
    final Subject subject;
    final ParameterSampler sampler;
    final PointResult nominalOrNull;
    /** Carbon (kgCO2e) and water (L) at the nominal point, or null (no environment, or no nominal answer). */
    final double[] nominalFootprintOrNull;
    /** Why the nominal point has no valid answer, or null when it has one. */
    final String nominalProblemOrNull;
    final List<String> warnings;
    final BackendSamples samples;
    /** The backend's own summary once made (while the run samples, or by {@link Reduction#reduce}); null before. */
    Reduction.Summary summary;
    /** The figures whose percentiles are read as the chunks come back instead of from kept columns, or null. */
    StreamedFigures streamedOrNull;
    private final ChunkEvaluator evaluator;
    private final SplitMix[] generators;
    private final ChunkEvaluator.Outcome[] outcomes;
    private final String[] failures;
    private volatile boolean failed;

    SampledRun(Subject subject, ParameterSampler sampler, PointResult nominalOrNull, double[] nominalFootprintOrNull,
               String nominalProblemOrNull, List<String> warnings, ChunkEvaluator evaluator, ChunkPlan plan, long seed,
               int sensitivitySamples) {
        this.subject = subject;
        this.sampler = sampler;
        this.nominalOrNull = nominalOrNull;
        this.nominalFootprintOrNull = nominalFootprintOrNull;
        this.nominalProblemOrNull = nominalProblemOrNull;
        this.warnings = List.copyOf(warnings);
        this.evaluator = evaluator;
        this.generators = plan.generators(seed, subject.id());
        this.samples = new BackendSamples(plan.samples(), sampler.sampled().size(), sensitivitySamples);
        this.outcomes = new ChunkEvaluator.Outcome[plan.chunks()];
        this.failures = new String[plan.chunks()];
    }

    /**
     * Evaluates one chunk through the caller (one guarded call) against the baseline's figures of the same
     * samples (null: the nominal reference), under the chunk's environment factors (null: none sampled); a
     * failure marks the backend failed.
     *
     * @return the chunk's figures, or null when the backend failed
     */
    ChunkEvaluator.Columns chunk(int c, ChunkPlan plan, Caller caller, ChunkEvaluator.Columns referenceOrNull,
                                 dev.cambrian.engine.environment.Footprints.ChunkFactors factorsOrNull) {
        if (failed) {
            return null;
        }
        SplitMix rng = generators[c];
        generators[c] = null; // each generator serves one chunk once
        ChunkEvaluator.Columns figures = ChunkEvaluator.Columns.of(plan.size(c));
        try {
            outcomes[c] = caller.call(subject.id(), "sampling chunk " + (c + 1) + " of " + plan.chunks(),
                    () -> evaluator.evaluate(rng, plan.start(c), plan.size(c), samples, referenceOrNull, figures, factorsOrNull));
            samples.write(plan.start(c), plan.size(c), figures);
            if (streamedOrNull != null) {
                streamedOrNull.accept(c, figures);
            }
            return figures;
        } catch (BackendFailedException e) {
            failures[c] = e.getMessage();
            failed = true;
            return null;
        }
    }

    /**
     * Reads the percentiles of {@code figures} as the chunks come back and keeps no column of them (call before
     * the columns are made).
     */
    void stream(List<Figure> figures, long samplesInRun) {
        streamedOrNull = new StreamedFigures(figures, samplesInRun);
        for (Figure f : figures) {
            samples.stream(f);
        }
    }

    /** Chunk c as computed here, for a shard's output. */
    SavedChunk saved(int c, ChunkPlan plan) {
        int start = plan.start(c);
        int end = start + plan.size(c);
        ChunkEvaluator.Outcome o = outcomes[c];
        return new SavedChunk(subject.id(), c, java.util.Arrays.copyOfRange(samples.seconds, start, end),
                java.util.Arrays.copyOfRange(samples.joules, start, end), java.util.Arrays.copyOfRange(samples.usd, start, end),
                java.util.Arrays.copyOfRange(samples.carbonKg, start, end),
                java.util.Arrays.copyOfRange(samples.waterLitres, start, end), o == null ? 0 : o.infeasible(), o == null ? null : o.firstReason(), failures[c], o == null && failures[c] == null);
    }

    /** Puts back chunk c as a shard computed it, drawing its parameters again for the sensitivity ranking. */
    void restore(int c, ChunkPlan plan, SavedChunk saved) {
        SplitMix rng = generators[c];
        generators[c] = null;
        if (saved.failureOrNull() != null) {
            failures[c] = saved.failureOrNull();
            failed = true;
            return;
        }
        if (saved.skipped()) {
            return;
        }
        int start = plan.start(c);
        int size = plan.size(c);
        if (saved.seconds().length != size || saved.joules().length != size || saved.usd().length != size
                || saved.carbonKg().length != size || saved.waterLitres().length != size) {
            throw new IllegalArgumentException(subject.id() + " chunk " + (c + 1) + ": " + saved.seconds().length
                    + " samples saved, " + size + " expected");
        }
        System.arraycopy(saved.seconds(), 0, samples.seconds, start, size);
        System.arraycopy(saved.joules(), 0, samples.joules, start, size);
        System.arraycopy(saved.usd(), 0, samples.usd, start, size);
        System.arraycopy(saved.carbonKg(), 0, samples.carbonKg, start, size);
        System.arraycopy(saved.waterLitres(), 0, samples.waterLitres, start, size);
        outcomes[c] = new ChunkEvaluator.Outcome(saved.infeasible(), saved.firstReasonOrNull());
        evaluator.draw(rng, start, size, samples);
    }

    /** The failure to report, or null when every chunk came back. */
    String failure() {
        for (String f : failures) {
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Whether the backend came through with at least one valid sample: it is summarised and ranked. Call after every chunk. */
    boolean ranked(int samples) {
        return failure() == null && infeasibleSamples() < samples;
    }

    /** Call after every chunk came back. */
    int infeasibleSamples() {
        int sum = 0;
        for (ChunkEvaluator.Outcome o : outcomes) {
            sum += o.infeasible();
        }
        return sum;
    }

    /** Why the first sample with no valid answer has none (lowest chunk first), or null. */
    String firstInfeasibleReason() {
        for (ChunkEvaluator.Outcome o : outcomes) {
            if (o.firstReason() != null) {
                return o.firstReason();
            }
        }
        return null;
    }
}
