package dev.cambrian.cli;

import dev.cambrian.api.Workload;
import dev.cambrian.engine.InputException;
import dev.cambrian.engine.scenario.Scenario;
import dev.cambrian.engine.shard.Shard;
import dev.cambrian.engine.uncertainty.Figure;
import dev.cambrian.engine.uncertainty.MonteCarlo;
import dev.cambrian.engine.uncertainty.Options;
import dev.cambrian.engine.uncertainty.SavedChunk;
import dev.cambrian.engine.uncertainty.Subject;
import dev.cambrian.engine.uncertainty.UncertaintyResult;
import dev.cambrian.host.Evaluation;
import dev.cambrian.host.LoadedBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * The Monte Carlo runs of the uncertainty, sweep and project commands and of the report: every uncertain parameter sampled per
 * backend, the scenario's baseline sampled as the relative backends' reference. One place builds what is sampled.
 */
final class Sampling {
    private Sampling() {
    }

    /** The result, the subjects sampled and the evaluation's notes (the baseline's, say). */
    record Sampled(UncertaintyResult result, List<Subject> subjects, List<String> evaluationNotes) {
    }

    /**
     * What one run samples under an evaluation: the backends as subjects, the baseline with the parameters its
     * reference run was computed with (null without a baseline), the guarded calls to both, and the run's options
     * (checked to fit in memory when planned).
     */
    record Plan(Evaluation evaluation, Workload workload, Scenario scenario, List<Subject> subjects, Subject baseline,
                GuardedCaller caller, Options options) {

        UncertaintyResult run(LongConsumer progress, BiFunction<String, Integer, SavedChunk> storeOrNull) {
            return MonteCarlo.run(subjects, baseline, workload, scenario.economics(), evaluation.reference().orElse(null),
                    options, caller, progress, storeOrNull);
        }

        /** Every sample's figures per backend, unreduced (the project command's ratios). */
        MonteCarlo.Columns columns() {
            return MonteCarlo.columns(subjects, baseline, workload, scenario.economics(), evaluation.reference().orElse(null),
                    options, caller);
        }

        List<SavedChunk> shard(LongConsumer progress, Shard shard) {
            return MonteCarlo.shard(subjects, baseline, workload, scenario.economics(), evaluation.reference().orElse(null),
                    options, caller, progress, shard);
        }

        /**
         * The samples and the reduction's copies are held in memory (the baseline's too when it is sampled apart):
         * refuse a run that cannot fit, before any backend is sampled.
         *
         * @param summarisedWhole whether the run is summarised as it is sampled (not kept whole for a caller, a shard
         *        or a merge): then thirty backends hold one column each instead of five
         */
        private void checkMemory(boolean summarisedWhole, Shard shard, int heldSamples, boolean merging, long heldLater) {
            if (heldSamples == 0) {
                return; // a shard past the run's last chunk (--shard 4/4 of three chunks) holds no sample: its part is empty
            }
            int samples = options.samples();
            int backends = subjects.size() + (MonteCarlo.baselineSampledApart(subjects, baseline) ? 1 : 0);
            long need = MonteCarlo.bytesNeeded(subjects, baseline, heldSamples, options.threads(), summarisedWhole)
                    // a merge holds the parts' figures too, read before the run copies them into its columns: the check
                    // passed at 2 GB for four parts of a million samples of thirty backends, and the merge ran out of memory
                    + (merging ? (long) Double.BYTES * heldSamples * Figure.values().length * backends : 0)
                    + heldLater;
            Runtime rt = Runtime.getRuntime();
            long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
            if (need > available * 0.8) {
                // what looks taken may be garbage (an earlier run's columns, project's earlier years): counted as used, it
                // refused project's fifth year at 5 GB; collected once, on this path only, before refusing
                System.gc();
                available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
            }
            // a fifth of what is free is kept for the reduction's and the report's own objects
            long forSamples = (long) (available * 0.8);
            if (need > forSamples) {
                // a shard's own share is what it holds: say so, and that more shards hold less each
                String held = shard.isWhole() ? "" : String.format(Locale.ROOT, " (shard %s holds %,d of them)", shard, heldSamples);
                String later = heldLater == 0 ? "" : String.format(Locale.ROOT, " (%,d MB of it for what later years keep)",
                        heldLater >> 20);
                throw new InputException(String.format(Locale.ROOT, "--samples %,d%s: %d backend(s) on %d thread(s) need"
                        + " about %,d MB for their samples" + later + ", more than the %,d MB this Java can give them (four fifths of the"
                        + " %,d MB free); choose fewer backends (-b), samples%s or --threads, or give Java more memory"
                        + " (CAMBRIAN_JAVA_OPTS=-Xmx8g)", samples, held,
                        backends, options.threads(),
                        need >> 20, forSamples >> 20, available >> 20, shard.isWhole() ? "" : ", more shards"));
            }
        }
    }

    /**
     * Plans one Monte Carlo run (every command's goes through here) and refuses one whose samples cannot fit in
     * memory: exit 2 and one line, before any backend is sampled.
     *
     * @param summarisedWhole whether the plan will be {@link Plan#run run} without a store (summarised as it is sampled);
     *        false for {@link Plan#columns}, {@link Plan#shard} and a merge, which hold every backend's five columns
     */
    static Plan plan(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, List<LoadedBackend> selected,
            Options options, boolean summarisedWhole) {
        return plan(ctx, evaluation, scenario, workload, selected, options, summarisedWhole, Shard.WHOLE, false, 0);
    }

    /**
     * The same for one shard of the run, which holds only its own chunks' samples, or for a merge of the parts
     * ({@code merging}), which holds their figures besides the run's columns; {@code heldLater} bytes more are counted
     * for what the caller will keep from this run and the ones after it (project's per-sample ratios of the years still
     * to come: counted at the first year, a later year's check refused the run after half a minute).
     */
    static Plan plan(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, List<LoadedBackend> selected,
            Options options, boolean summarisedWhole, Shard shard, boolean merging, long heldLater) {
        List<Subject> subjects = new ArrayList<>();
        for (LoadedBackend b : selected) {
            subjects.add(new Subject(b.info(), b.backend(), evaluation.parameters(b)));
        }
        Subject baseline = evaluation.baseline()
                .map(b -> new Subject(b.info(), b.backend(), evaluation.referenceParameters(b))).orElse(null);
        List<LoadedBackend> called = new ArrayList<>(selected);
        evaluation.baseline().filter(b -> selected.stream().noneMatch(s -> s.id().equals(b.id()))).ifPresent(called::add);
        Plan plan = new Plan(evaluation, workload, scenario, subjects, baseline, new GuardedCaller(ctx.guard, called), options);
        plan.checkMemory(summarisedWhole, shard, MonteCarlo.samplesIn(shard, options.samples()), merging, heldLater);
        return plan;
    }

    /**
     * Each selected backend's nominal estimate, as `estimate` makes it: one that fails on values the user gave (--set
     * gpu-h100.pue=1e300 overflows its energy) is bad input, exit 2 naming where they were given, before any sampling;
     * sampled, it was a plugin failure (exit 3, or the backend silently left out). Other failures and backends with no
     * valid answer are left to the run, which reports them as it always has. For the user's own scenario: not for the
     * projection's years, whose grown clusters are set as --set *.devices by the command itself.
     */
    static void refuseValuesABackendCannotTake(Evaluation evaluation, List<LoadedBackend> selected) {
        for (LoadedBackend b : selected) {
            try {
                evaluation.estimate(b, evaluation.parameters(b));
            } catch (dev.cambrian.host.PluginFailure | dev.cambrian.api.InfeasibleException leftToTheRun) {
                // reported by the run, with the samples' own failures
            }
        }
    }

    /** The report's run: the backends selected, sampled without a progress bar. */
    static Sampled run(Context ctx, Evaluation evaluation, Scenario scenario, Workload workload, List<String> backends,
            Options options) {
        // the report estimated every selected backend first (Analysis), which refuses a --set they cannot take
        Plan plan = plan(ctx, evaluation, scenario, workload, ctx.select(backends), options, true);
        return new Sampled(plan.run(done -> { }, null), plan.subjects(), evaluation.notes());
    }

    /** OK when a backend has samples; otherwise the failure or the lack of a valid sample ends the command. */
    static int exitCode(Context ctx, UncertaintyResult result) {
        ctx.unanswered(result.infeasible());
        List<String> reasons = new ArrayList<>(result.infeasible());
        reasons.addAll(result.failures());
        return ExitCodes.forResults(!result.backends().isEmpty(), result.failures(), result.infeasible(),
                "no selected backend has a valid sample: " + String.join("; ", reasons));
    }
}
