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
               int sensitivitySamples, dev.cambrian.engine.shard.Shard shard) {
        this.subject = subject;
        this.sampler = sampler;
        this.nominalOrNull = nominalOrNull;
        this.nominalFootprintOrNull = nominalFootprintOrNull;
        this.nominalProblemOrNull = nominalProblemOrNull;
        this.warnings = List.copyOf(warnings);
        this.evaluator = evaluator;
        this.generators = plan.generators(seed, subject.id());
        int from = shard.from(plan.chunks());
        int to = shard.to(plan.chunks());
        this.samples = new BackendSamples(from < to ? (int) MonteCarlo.samplesIn(plan, from, to) : 0,
                from < to ? plan.start(from) : 0, sampler.sampled().size(), sensitivitySamples);
        this.outcomes = new ChunkEvaluator.Outcome[plan.chunks()];
        this.failures = new String[plan.chunks()];
    }

    /**
     * Evaluates chunks [from, to) through the caller against the baseline's figures of the same samples
     * (reference[c - from]; null, or a null entry: the nominal reference), under each chunk's environment factors
     * (factors[c - from]; null: none sampled): as few guarded calls as the time budget allows, each chunk with its
     * own generator and columns, so the figures do not depend on how the chunks were grouped. A failure names
     * the chunk it happened in and marks the backend failed.
     *
     * @return each chunk's figures (index c - from), null where the backend failed before reaching it
     */
    ChunkEvaluator.Columns[] chunks(int from, int to, ChunkPlan plan, Caller caller, ChunkEvaluator.Columns[] referenceOrNull,
                                    dev.cambrian.engine.environment.Footprints.ChunkFactors[] factorsOrNull) {
        ChunkEvaluator.Columns[] out = new ChunkEvaluator.Columns[to - from];
        int next = from;
        while (next < to && !failed) {
            Call call = new Call(next, to, plan, referenceOrNull == null ? new ChunkEvaluator.Columns[to - from] : referenceOrNull,
                    factorsOrNull == null ? new dev.cambrian.engine.environment.Footprints.ChunkFactors[to - from] : factorsOrNull,
                    from, caller.callBudgetNanos());
            int done;
            try {
                caller.call(subject.id(), call::failedHere, call);
                done = call.done;
            } catch (BackendFailedException e) {
                failures[call.failedAt] = e.getMessage();
                failed = true;
                done = call.failedAt; // a call that ran out of time may still finish its chunk: not taken
            }
            for (int c = next; c < done; c++) { // what came back before any failure
                ChunkEvaluator.Columns figures = call.figures[c - from];
                outcomes[c] = call.outcomes[c - from];
                samples.write(plan.start(c), plan.size(c), figures);
                if (streamedOrNull != null) {
                    streamedOrNull.accept(c, figures);
                }
                out[c - from] = figures;
            }
            next = done;
        }
        return out;
    }

    /**
     * The baseline's chunks [from, to) as the relative backends' reference ({@link #chunks} without one): a chunk it
     * has no figures for (it failed) is all "no valid answer", so the relative backends' samples there have none.
     */
    ChunkEvaluator.Columns[] referenceChunks(int from, int to, ChunkPlan plan, Caller caller,
                                             dev.cambrian.engine.environment.Footprints.ChunkFactors[] factorsOrNull) {
        ChunkEvaluator.Columns[] figures = chunks(from, to, plan, caller, null, factorsOrNull);
        for (int c = from; c < to; c++) {
            if (figures[c - from] == null) {
                figures[c - from] = ChunkEvaluator.Columns.invalid(plan.size(c));
            }
        }
        return figures;
    }

    /**
     * One guarded call: chunk after chunk of [first, to) until the budget is spent (at least one). {@code failedAt}
     * and {@code done} are read by the calling thread when the call failed or ran out of time.
     */
    private final class Call implements java.util.concurrent.Callable<Integer> {
        private final int first;
        private final int to;
        private final int offset;
        private final ChunkPlan plan;
        private final ChunkEvaluator.Columns[] reference;
        private final dev.cambrian.engine.environment.Footprints.ChunkFactors[] factors;
        private final long budgetNanos;
        final ChunkEvaluator.Columns[] figures;
        final ChunkEvaluator.Outcome[] outcomes;
        private volatile int current;
        volatile int done;
        /** The chunk the call was on when it failed, fixed when the failure is described. */
        volatile int failedAt;

        Call(int first, int to, ChunkPlan plan, ChunkEvaluator.Columns[] reference,
             dev.cambrian.engine.environment.Footprints.ChunkFactors[] factors, int offset, long budgetNanos) {
            this.first = first;
            this.to = to;
            this.offset = offset;
            this.plan = plan;
            this.reference = reference;
            this.factors = factors;
            this.figures = new ChunkEvaluator.Columns[to - offset];
            this.outcomes = new ChunkEvaluator.Outcome[to - offset];
            this.budgetNanos = budgetNanos;
            this.current = first;
            this.done = first;
            this.failedAt = first;
        }

        /** What failed, for the guard's message: asked once, when the call failed or ran out of time. */
        String failedHere() {
            failedAt = current;
            return "sampling chunk " + (failedAt + 1) + " of " + plan.chunks();
        }

        @Override
        public Integer call() {
            long started = System.nanoTime();
            for (int c = first; c < to && (c == first || System.nanoTime() - started < budgetNanos
                    && !Thread.currentThread().isInterrupted()); c++) { // abandoned (out of time): no further chunk
                current = c;
                SplitMix rng = generators[c];
                generators[c] = null; // each generator serves one chunk once
                ChunkEvaluator.Columns columns = ChunkEvaluator.Columns.of(plan.size(c));
                outcomes[c - offset] = evaluator.evaluate(rng, plan.start(c), plan.size(c), samples, reference[c - offset],
                        columns, factors[c - offset]);
                figures[c - offset] = columns;
                done = c + 1;
            }
            return done;
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
        int start = samples.at(plan.start(c));
        int end = start + plan.size(c);
        ChunkEvaluator.Outcome o = outcomes[c];
        return new SavedChunk(subject.id(), c, java.util.Arrays.copyOfRange(samples.of(Figure.TIME), start, end),
                java.util.Arrays.copyOfRange(samples.of(Figure.ENERGY), start, end), java.util.Arrays.copyOfRange(samples.of(Figure.COST), start, end),
                java.util.Arrays.copyOfRange(samples.of(Figure.CARBON), start, end),
                java.util.Arrays.copyOfRange(samples.of(Figure.WATER), start, end), o == null ? 0 : o.infeasible(), o == null ? null : o.firstReason(), failures[c], o == null && failures[c] == null);
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
        int start = samples.at(plan.start(c));
        int size = plan.size(c);
        if (saved.seconds().length != size || saved.joules().length != size || saved.usd().length != size
                || saved.carbonKg().length != size || saved.waterLitres().length != size) {
            throw new IllegalArgumentException(subject.id() + " chunk " + (c + 1) + ": " + saved.seconds().length
                    + " samples saved, " + size + " expected");
        }
        System.arraycopy(saved.seconds(), 0, samples.of(Figure.TIME), start, size);
        System.arraycopy(saved.joules(), 0, samples.of(Figure.ENERGY), start, size);
        System.arraycopy(saved.usd(), 0, samples.of(Figure.COST), start, size);
        System.arraycopy(saved.carbonKg(), 0, samples.of(Figure.CARBON), start, size);
        System.arraycopy(saved.waterLitres(), 0, samples.of(Figure.WATER), start, size);
        outcomes[c] = new ChunkEvaluator.Outcome(saved.infeasible(), saved.firstReasonOrNull());
        evaluator.draw(rng, plan.start(c), size, samples);
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
