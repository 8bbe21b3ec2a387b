package dev.cambrian.engine.uncertainty;

import dev.cambrian.api.Economics;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.environment.Footprints;
import dev.cambrian.engine.environment.OwnDevice;
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
    /** Why a relative backend has no samples: its baseline's nominal run, which they scale, has no answer. */
    static final String NO_REFERENCE = "the scenario's baseline gave no reference run to apply its factors to (its warning"
            + " says why)";

    private MonteCarlo() {
    }

    /**
     * A run whose relative backends see the baseline's nominal reference run in every sample (the
     * baseline not sampled): for tests and callers without the baseline backend at hand.
     */
    public static UncertaintyResult run(List<Subject> subjects, Workload workload, Economics economics,
                                        ReferenceRun referenceOrNull, Options options, Caller caller) {
        return run(subjects, null, workload, economics, referenceOrNull, options, caller, done -> { });
    }

    /**
     * @param baselineOrNull the scenario's baseline with the parameters its reference run was computed with: it is
     *                       sampled with its own draws (the same as when it is a subject), and each relative backend's
     *                       sample i is applied to the baseline's sample i ({@link dev.cambrian.api.ReferenceColumns}),
     *                       so the baseline's uncertainty reaches them, correlated; null: the nominal reference throughout
     * @param progress       told after each chunk how many more samples (over all backends) are done, from any thread
     * @throws dev.cambrian.engine.InputException before any call, for a range in force the user made unusable
     */
    public static UncertaintyResult run(List<Subject> subjects, Subject baselineOrNull, Workload workload, Economics economics,
                                        ReferenceRun referenceOrNull, Options options, Caller caller,
                                        java.util.function.LongConsumer progress) {
        return run(subjects, baselineOrNull, workload, economics, referenceOrNull, options, caller, progress, null);
    }

    /**
     * As above, with every chunk's figures taken from {@code storeOrNull} (the shards of a run split with
     * {@link #shard}) instead of computed: the result is then the single run's, bit for bit.
     */
    public static UncertaintyResult run(List<Subject> subjects, Subject baselineOrNull, Workload workload, Economics economics,
                                        ReferenceRun referenceOrNull, Options options, Caller caller,
                                        java.util.function.LongConsumer progress,
                                        java.util.function.BiFunction<String, Integer, SavedChunk> storeOrNull) {
        Sampled sampled = sample(subjects, baselineOrNull, workload, economics, referenceOrNull, options, caller, progress,
                dev.cambrian.engine.shard.Shard.WHOLE, storeOrNull, storeOrNull == null, true);
        if (!streamedExactly(sampled, options)) { // a bracket missed (next to never): again, every column kept
            sampled = null; // the first pass's columns go before the second pass keeps every column (the memory check counts one)
            // not counted a second time: the progress already reached every sample, and a bar past 100% says nothing
            sampled = sample(subjects, baselineOrNull, workload, economics, referenceOrNull, options, caller, done -> { },
                    dev.cambrian.engine.shard.Shard.WHOLE, storeOrNull, storeOrNull == null, false);
        }
        List<String> failures = sampled.failures();
        List<String> infeasible = new ArrayList<>();
        List<SampledRun> ranked = new ArrayList<>();
        for (SampledRun run : sampled.runs()) {
            String failure = run.failure();
            if (failure != null) {
                failures.add(failure);
            } else if (NO_REFERENCE.equals(run.nominalProblemOrNull)) {
                // its samples never ran: they scale the baseline's nominal run, which has no answer
                infeasible.add(run.subject.id() + ": not sampled: " + NO_REFERENCE);
            } else if (run.infeasibleSamples() == options.samples()) {
                infeasible.add(run.subject.id() + ": no sample has a valid answer" + (run.nominalProblemOrNull != null
                        ? ", nor has the nominal point: " + run.nominalProblemOrNull
                        : " (the nominal point has one); the first sample: " + run.firstInfeasibleReason()));
            } else {
                ranked.add(run);
            }
        }
        Reduction.Reduced reduced = Reduction.reduce(ranked, options);
        List<String> notes = new ArrayList<>(MethodNotes.of(options, sampled.sensitivitySamples(), referenceOrNull, subjects,
                sampled.baselineSampled()));
        if (reduced.samplesWithoutAnswer() > 0) {
            notes.add(String.format(java.util.Locale.ROOT, "%,d of %,d samples have no valid answer from any backend: the rank"
                    + " probabilities are over the other %,d (in those, no backend ranks)", reduced.samplesWithoutAnswer(),
                    options.samples(), options.samples() - reduced.samplesWithoutAnswer()));
        }
        return new UncertaintyResult(options.figure(), options.samples(), options.seed(), ChunkPlan.CHUNK_SIZE,
                sampled.sensitivitySamples(), reduced.backends(), failures, infeasible, notes);
    }

    /**
     * The samples of one figure, column by column (sample i of every backend drawn as in {@link #run}, the
     * baseline's sample i under each relative backend's; NaN where a sample has no valid answer), for a caller
     * that combines backends sample by sample (the projection's cost ratios). Backends that failed are left
     * out and named in {@code failures}.
     */
    public record Columns(java.util.Map<String, double[]> byBackend, List<String> failures) {
    }

    public static Columns columns(List<Subject> subjects, Subject baselineOrNull, Workload workload, Economics economics,
                                  ReferenceRun referenceOrNull, Options options, Caller caller) {
        Sampled sampled = sample(subjects, baselineOrNull, workload, economics, referenceOrNull, options, caller, done -> { });
        java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
        for (SampledRun run : sampled.runs()) {
            String failure = run.failure();
            if (failure != null) {
                sampled.failures().add(failure);
            } else {
                out.put(run.subject.id(), run.samples.of(options.figure()));
            }
        }
        return new Columns(out, sampled.failures());
    }

    /**
     * Computes only the chunks of {@code shard} (a contiguous range of the run's chunks) and returns each
     * sampled backend's figures for them, for {@link #run} with a store to put back. The nominal estimates
     * and the draws depend only on the seed, the backend and the chunk, so the parts make up the whole.
     */
    public static List<SavedChunk> shard(List<Subject> subjects, Subject baselineOrNull, Workload workload,
                                         Economics economics, ReferenceRun referenceOrNull, Options options, Caller caller,
                                         java.util.function.LongConsumer progress, dev.cambrian.engine.shard.Shard shard) {
        Sampled sampled = sample(subjects, baselineOrNull, workload, economics, referenceOrNull, options, caller, progress,
                shard, null, false, false);
        int from = shard.from(sampled.plan().chunks());
        int perRun = Math.max(0, shard.to(sampled.plan().chunks()) - from);
        // a view that copies each chunk out when asked for, not all at once: the copies of every chunk doubled a shard's
        // memory, and a part is read twice (its hash, then its lines); it keeps the sampled run alive while it is held
        return new java.util.AbstractList<>() {
            @Override
            public SavedChunk get(int i) {
                java.util.Objects.checkIndex(i, size());
                return sampled.runs().get(i / perRun).saved(from + i % perRun, sampled.plan());
            }

            @Override
            public int size() {
                return sampled.runs().size() * perRun;
            }
        };
    }

    /** The samples a shard of a run of {@code samples} computes and holds: its chunks'. */
    public static int samplesIn(dev.cambrian.engine.shard.Shard shard, int samples) {
        ChunkPlan plan = new ChunkPlan(samples);
        int from = shard.from(plan.chunks());
        int to = shard.to(plan.chunks());
        return from < to ? (int) samplesIn(plan, from, to) : 0;
    }

    /** The chunks a run of {@code samples} is cut into: the units --shard splits. */
    public static int chunks(int samples) {
        return new ChunkPlan(samples).chunks();
    }

    /** The samples chunk {@code chunk} of a run of {@code samples} holds: what a merged part's chunk must hold. */
    public static int chunkSize(int samples, int chunk) {
        return new ChunkPlan(samples).size(chunk);
    }

    /** The sampled runs before reduction, and the backends that failed on the way. */
    /** @param baselineSampled whether the relative backends saw the baseline's samples (not its nominal run) */
    private record Sampled(List<SampledRun> runs, List<String> failures, int sensitivitySamples, ChunkPlan plan,
                           boolean baselineSampled) {
    }

    private static Sampled sample(List<Subject> subjects, Subject baselineOrNull, Workload workload, Economics economics,
                                  ReferenceRun referenceOrNull, Options options, Caller caller,
                                  java.util.function.LongConsumer progress) {
        return sample(subjects, baselineOrNull, workload, economics, referenceOrNull, options, caller, progress,
                dev.cambrian.engine.shard.Shard.WHOLE, null, false, false);
    }

    /**
     * @param shard   which contiguous range of chunks to compute (the others stay empty)
     * @param storeOrNull chunks computed elsewhere, put back instead of evaluated (then no plugin model runs on
     *                samples, only the nominal estimates)
     * @param summarise whether the whole run is to be summarised ({@link #run}): then it samples one backend after
     *                another and summarises each as soon as it is sampled ({@link #byBackend}), keeping only the
     *                ranked figure's column of it; otherwise chunk by chunk, every backend's columns kept
     * @param mayStream whether, chunk by chunk and summarised whole, a long run may read the percentiles of the
     *                figures other than the ranked one as the chunks come back instead of keeping their columns
     *                ({@link StreamedFigures})
     */
    private static Sampled sample(List<Subject> subjects, Subject baselineOrNull, Workload workload, Economics economics,
                                  ReferenceRun referenceOrNull, Options options, Caller caller,
                                  java.util.function.LongConsumer progress, dev.cambrian.engine.shard.Shard shard,
                                  java.util.function.BiFunction<String, Integer, SavedChunk> storeOrNull, boolean summarise,
                                  boolean mayStream) {
        ChunkPlan plan = new ChunkPlan(options.samples());
        int sensitivitySamples = Math.min(options.samples(), Options.SENSITIVITY_SAMPLES);
        // a part of a split run keeps no draws for the sensitivity ranking: its output has none (the merge draws them again)
        int kept = shard.equals(dev.cambrian.engine.shard.Shard.WHOLE) ? sensitivitySamples : 0;
        List<String> failures = new ArrayList<>();
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
            double[] footprint = null;
            String problem = null;
            try {
                nominal = caller.call(s.id(), "nominal estimate", () -> Estimator.evaluate(s.backend(), nominalInput));
                footprint = nominalFootprint(s, nominal, options, caller);
                warnings.addAll(nominal.time().warnings());
                warnings.addAll(nominal.energy().warnings());
                warnings.addAll(nominal.hardware().warnings());
            } catch (BackendFailedException e) {
                failures.add(e.getMessage());
                continue;
            } catch (InfeasibleException e) {
                // without a reference the kit can only guess why ("not loaded, or has no valid answer"): the run's
                // warning on the baseline says why
                problem = referenceOrNull == null
                        && s.parameters().relative()
                        ? NO_REFERENCE
                        : e.getMessage();
                warnings.add("the nominal point has no valid answer (" + problem + "); the figures summarise the samples"
                        + " that have one");
            }
            runs.add(new SampledRun(s, sampler, nominal, footprint, problem, warnings.stream().distinct().toList(),
                    new ChunkEvaluator(s.backend(), sampler, nominalInput, options.environmentOrNull()), plan, options.seed(),
                    kept, shard));
        }
        SampledRun shared = sameAsBaseline(runs, baselineOrNull);
        SampledRun baseline = referenceOrNull == null || shared != null ? null : baselineRun(baselineOrNull, workload, economics,
                plan, options, sensitivitySamples, failures, shard);
        // the environment's generators: one per chunk, whose draws every backend of the chunk shares
        SplitMix[] environment = options.environmentOrNull() == null ? null : plan.environmentGenerators(options.seed());
        if (summarise && storeOrNull == null && shard.equals(dev.cambrian.engine.shard.Shard.WHOLE)
                && byBackendHoldsLess(runs.size(), environment != null, referenceOrNull != null && (shared != null || baseline != null))) {
            byBackend(runs, shared, baseline, referenceOrNull, plan, options, caller, progress, environment);
            return finished(runs, failures, sensitivitySamples, plan, baseline, shared);
        }
        if (summarise && mayStream && storeOrNull == null && shard.equals(dev.cambrian.engine.shard.Shard.WHOLE)
                && options.samples() >= PercentileBrackets.MIN_LENGTH) {
            List<Figure> streamed = new ArrayList<>();
            for (Figure f : Figure.values()) {
                if (f != options.figure() && (!f.needsEnvironment() || options.environmentOrNull() != null)) {
                    streamed.add(f);
                }
            }
            for (SampledRun run : runs) {
                run.stream(streamed, options.samples());
            }
        }
        java.util.Deque<double[]> fresh = new java.util.ArrayDeque<>(); // chunk by chunk: every column new and kept
        for (SampledRun run : runs) {
            run.samples.allocate(fresh);
        }
        if (baseline != null) {
            baseline.samples.allocate(fresh);
        }
        List<Callable<Void>> chunks = new ArrayList<>();
        int perTask = ChunkPlan.chunksPerTask(shard.to(plan.chunks()) - shard.from(plan.chunks()), options.threads());
        for (int c = shard.from(plan.chunks()); c < shard.to(plan.chunks()); c += storeOrNull != null ? 1 : perTask) {
            int chunk = c;
            if (storeOrNull != null) {
                chunks.add(() -> {
                    for (SampledRun run : runs) {
                        run.restore(chunk, plan, storeOrNull.apply(run.subject.id(), chunk));
                    }
                    progress.accept((long) plan.size(chunk) * runs.size());
                    return null;
                });
                continue;
            }
            int end = Math.min(shard.to(plan.chunks()), c + perTask);
            chunks.add(() -> { // one task per few chunks: the baseline's samples first, then every backend on them
                var factors = environment == null ? null : new dev.cambrian.engine.environment.Footprints.ChunkFactors[end - chunk];
                for (int k = chunk; factors != null && k < end; k++) {
                    factors[k - chunk] = ChunkEvaluator.drawFactors(options.environmentOrNull(), environment[k], plan.size(k));
                }
                ChunkEvaluator.Columns[] reference = null;
                SampledRun source = shared != null ? shared : baseline;
                if (source != null && referenceOrNull != null) {
                    reference = source.referenceChunks(chunk, end, plan, caller, factors);
                }
                for (SampledRun run : runs) {
                    if (run != shared || referenceOrNull == null) {
                        run.chunks(chunk, end, plan, caller, reference, factors);
                    }
                }
                progress.accept(samplesIn(plan, chunk, end) * runs.size());
                return null;
            });
        }
        Parallel.all(chunks, options.threads());
        return finished(runs, failures, sensitivitySamples, plan, baseline, shared);
    }

    /** Whether every backend that came through could have its streamed figures' percentiles read exactly. */
    private static boolean streamedExactly(Sampled sampled, Options options) {
        for (SampledRun run : sampled.runs()) {
            if (run.streamedOrNull != null && run.ranked(options.samples()) && run.streamedOrNull.finish() == null) {
                return false;
            }
        }
        return true;
    }

    private static Sampled finished(List<SampledRun> runs, List<String> failures, int sensitivitySamples, ChunkPlan plan,
                                    SampledRun baseline, SampledRun shared) {
        if (baseline != null && baseline.failure() != null) {
            failures.add("baseline " + baseline.subject.id() + " (sampled as the relative backends' reference): "
                    + baseline.failure());
        }
        return new Sampled(runs, failures, sensitivitySamples, plan, baseline != null || shared != null);
    }

    /**
     * Whether sampling backend by backend ({@link #byBackend}) holds fewer columns of samples than chunk by
     * chunk: it keeps two backends' five columns, one column of each other backend, and for every sample the
     * environment's five factor columns and the baseline's four reference figures; chunk by chunk keeps every
     * backend's five. With a few backends (one, as numpy-compare.py times) chunk by chunk holds less.
     */
    static boolean byBackendHoldsLess(int backends, boolean environment, boolean reference) {
        int factors = dev.cambrian.engine.environment.Footprints.ChunkFactors.COLUMNS;
        int byBackend = byBackendFigureColumns(backends) + (environment ? factors : 0)
                + (reference ? ChunkEvaluator.Columns.REFERENCE_FIGURES : 0);
        return byBackend < Figure.values().length * backends;
    }

    /** The backends' figure columns a backend-by-backend run holds at most: two backends' five, one of each other. */
    static int byBackendFigureColumns(int backends) {
        return Figure.values().length * Math.min(backends, 2) + Math.max(0, backends - 2);
    }

    /**
     * Samples the whole run one backend after another, each backend's chunks in parallel, and summarises
     * each backend while the next one samples ({@link Reduction#summaryTasks}); a summarised backend then
     * keeps only the ranked figure's column, which the rank probabilities read across backends. So at most
     * two backends' full columns are held at once instead of every backend's (thirty backends at 1M samples:
     * 1.2 GB), and memory the run never touches costs no time to map and clear. The draws are those of the
     * chunk by chunk order (they depend only on the seed, the backend and the chunk) and every summary reads
     * the same columns, so the result is the same bit for bit. First the environment's factors and the
     * baseline's figures (the relative backends' reference) are computed for every chunk and kept.
     */
    private static void byBackend(List<SampledRun> runs, SampledRun shared, SampledRun baseline, ReferenceRun referenceOrNull,
                                  ChunkPlan plan, Options options, Caller caller, java.util.function.LongConsumer progress,
                                  SplitMix[] environment) {
        try (Parallel parallel = new Parallel(options.threads())) {
            int chunks = plan.chunks();
            int perTask = ChunkPlan.chunksPerTask(chunks, options.threads());
            java.util.Deque<double[]> spare = new java.util.ArrayDeque<>(); // columns let go, for the next backend
            var factors = new dev.cambrian.engine.environment.Footprints.ChunkFactors[chunks];
            if (environment != null) {
                List<Callable<Void>> draws = new ArrayList<>();
                for (int c = 0; c < chunks; c++) {
                    int chunk = c;
                    draws.add(() -> {
                        factors[chunk] = ChunkEvaluator.drawFactors(options.environmentOrNull(), environment[chunk], plan.size(chunk));
                        return null;
                    });
                }
                parallel.run(draws);
            }
            ChunkEvaluator.Columns[] reference = new ChunkEvaluator.Columns[chunks]; // null throughout: the nominal reference
            SampledRun source = referenceOrNull == null ? null : shared != null ? shared : baseline;
            if (source != null) {
                source.samples.allocate(spare);
                List<Callable<Void>> tasks = new ArrayList<>();
                for (int c = 0; c < chunks; c += perTask) {
                    int from = c;
                    int to = Math.min(chunks, c + perTask);
                    tasks.add(() -> {
                        System.arraycopy(source.referenceChunks(from, to, plan, caller, slice(factors, from, to)), 0, reference, from,
                                to - from);
                        if (source == shared) {
                            progress.accept(samplesIn(plan, from, to));
                        }
                        return null;
                    });
                }
                parallel.run(tasks);
                if (source == baseline) {
                    release(baseline, options, spare); // only its reference columns are read from now on
                }
            }
            SampledRun previous = source != null && source == shared ? shared : null; // sampled, not yet summarised
            for (SampledRun run : runs) {
                if (run == source) {
                    continue; // sampled above, as the reference
                }
                run.samples.allocate(spare);
                List<Callable<Void>> batch = new ArrayList<>(summaryTasks(previous, options));
                for (int c = 0; c < chunks; c += perTask) {
                    int from = c;
                    int to = Math.min(chunks, c + perTask);
                    batch.add(() -> {
                        run.chunks(from, to, plan, caller, slice(reference, from, to), slice(factors, from, to));
                        progress.accept(samplesIn(plan, from, to));
                        return null;
                    });
                }
                parallel.run(batch);
                release(previous, options, spare);
                previous = run;
            }
            parallel.run(summaryTasks(previous, options));
            release(previous, options, spare);
        }
    }

    /** Entries [from, to) of a per-chunk array, or null for none. */
    private static <T> T[] slice(T[] perChunkOrNull, int from, int to) {
        return perChunkOrNull == null ? null : java.util.Arrays.copyOfRange(perChunkOrNull, from, to);
    }

    /** Samples in chunks [from, to). */
    static long samplesIn(ChunkPlan plan, int from, int to) {
        return (long) plan.start(to - 1) + plan.size(to - 1) - plan.start(from);
    }

    /** The tasks summarising a sampled backend that came through; none for a failed one (or none at all). */
    private static List<Callable<Void>> summaryTasks(SampledRun runOrNull, Options options) {
        if (runOrNull == null || !runOrNull.ranked(options.samples())) {
            return List.of();
        }
        runOrNull.summary = new Reduction.Summary();
        return Reduction.summaryTasks(runOrNull, options, runOrNull.summary);
    }

    /**
     * Once summarised (or failed, then never read again), a backend keeps only the ranked figure's column and
     * its others go to the next backend; a failed backend's are dropped instead, as a call of it that timed out
     * may still be writing into them.
     */
    private static void release(SampledRun runOrNull, Options options, java.util.Deque<double[]> spare) {
        if (runOrNull != null) {
            runOrNull.samples.keepOnly(options.figure(), runOrNull.failure() == null ? spare : new java.util.ArrayDeque<>());
        }
    }

    /**
     * Carbon and water at the nominal point with every environment factor at its nominal value, as the
     * samples compute them; through the caller, because the backend's own device kind comes from its
     * plugin ({@link OwnDevice}). Null without an environment.
     */
    private static double[] nominalFootprint(Subject s, PointResult nominal, Options options, Caller caller) {
        if (options.environmentOrNull() == null) {
            return null;
        }
        return caller.call(s.id(), "nominal footprint", () -> new Footprints.Sampler(options.environmentOrNull(),
                s.parameters().space(), OwnDevice.kindOrNull(s.backend())).atNominal(nominal, s.parameters().nominal()));
    }

    /**
     * The subject that is the baseline with the very parameters of its reference run (no lever changed them):
     * its own samples are then the reference, not sampled twice. Null when there is none.
     */
    private static SampledRun sameAsBaseline(List<SampledRun> runs, Subject baseline) {
        if (baseline == null) {
            return null;
        }
        for (SampledRun run : runs) {
            if (isBaseline(run.subject, baseline)) {
                return run;
            }
        }
        return null;
    }

    /** Whether a subject is the baseline itself (same backend, same parameters in force), so its samples serve as the reference. */
    private static boolean isBaseline(Subject subject, Subject baseline) {
        return subject.id().equals(baseline.id()) && subject.backend() == baseline.backend()
                && subject.parameters().parameters().equals(baseline.parameters().parameters());
    }

    /** Whether the baseline is sampled apart as the relative backends' reference: given, and not one of the subjects. */
    public static boolean baselineSampledApart(List<Subject> subjects, Subject baselineOrNull) {
        return baselineOrNull != null && subjects.stream().noneMatch(s -> isBaseline(s, baselineOrNull));
    }

    /** The baseline sampled as the reference, or null when it is not given or cannot be sampled (said in failures). */
    private static SampledRun baselineRun(Subject baseline, Workload workload, Economics economics, ChunkPlan plan,
                                          Options options, int sensitivitySamples, List<String> failures,
                                          dev.cambrian.engine.shard.Shard shard) {
        if (baseline == null) {
            return null;
        }
        ParameterSampler sampler;
        try {
            sampler = ParameterSampler.of(baseline.parameters());
        } catch (IllegalArgumentException e) {
            failures.add("baseline " + baseline.id() + ": not sampled: " + e.getMessage()
                    + "; relative backends use its nominal reference run");
            return null;
        }
        ModelInput input = new ModelInput(workload, baseline.parameters().nominal(), economics, null, false);
        return new SampledRun(baseline, sampler, null, null, null, List.of(), new ChunkEvaluator(baseline.backend(), sampler, input),
                plan, options.seed(), 0, shard);
    }

    /**
     * Bytes a run holds at its peak (sample columns, and the copies the reduction tasks running at once
     * make), to check against the memory the JVM may use before starting.
     *
     * @param baselineOrNull the scenario's baseline as {@link #run} takes it: counted when it is sampled apart
     *        ({@link #baselineSampledApart})
     * @param summarisedWhole whether the run is summarised as it is sampled ({@link #run} without a store to put back):
     *        then, with enough backends, it goes backend by backend ({@link #byBackend}) and holds fewer columns;
     *        the unreduced {@link #columns}, a {@link #shard} and a merge hold every backend's five
     */
    public static long bytesNeeded(List<Subject> subjects, Subject baselineOrNull, int samples, int threads,
                                   boolean summarisedWhole) {
        List<Subject> held = new ArrayList<>(subjects);
        if (baselineSampledApart(subjects, baselineOrNull)) {
            held.add(baselineOrNull);
        }
        int figures = Figure.values().length;
        if (!summarisedWhole) {
            return Footprint.bytes(held, samples, threads, figures * held.size());
        }
        // sample() decides the order on the backends that came through its nominal estimates, which may be fewer
        // than those asked for: backend by backend they hold at most what all of them would, and chunk by chunk
        // (including the rare second pass with every column kept) at most five columns of as many backends as
        // still go that way
        int chunkByChunk = 0;
        for (int n = 1; n <= subjects.size(); n++) {
            if (!byBackendHoldsLess(n, true, true)) {
                chunkByChunk = n;
            }
        }
        return Footprint.bytes(held, samples, threads, Math.max(byBackendFigureColumns(subjects.size()),
                figures * chunkByChunk));
    }
}
