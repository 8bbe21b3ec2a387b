package dev.cambrian.api.absolute;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParallelPlan;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.formula.Reliability;
import dev.cambrian.api.formula.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Training time on a cluster of devices (docs/models.md §2-3):
 * t = C / (N x peak x utilization x weak-scaling efficiency x useful fraction), the utilization from
 * the fitted model ({@link Utilization}) unless the scenario sets one.
 */
final class AbsoluteTime implements SpeedupModel {
    private final DeviceSpec spec;

    AbsoluteTime(DeviceSpec spec) {
        this.spec = spec;
    }

    @Override
    public TimeEstimate estimate(ModelInput in) {
        double flop = in.workload().trainingFlop();
        double n = in.parameter(DEVICES);
        Precision precision = precision(in);
        double peak = in.parameter(peakName(precision));
        Planning.requireWithinLimit(in, spec, n);
        PlanInputs planInputs = Planning.inputs(in, n, peak);
        List<String> needs = Planning.requireFits(planInputs, spec, in);
        boolean planMode = AbsoluteParameters.planModeOn(in.parameter(PLAN_MODE));
        ParallelPlan plan = null;
        if (planMode || in.explain()) {
            plan = Planning.bestPlan(planInputs, planMode).orElse(null);
            if (plan == null && planMode) {
                throw new InfeasibleException("no layout of " + (long) n + " devices fits both memory and the global batch of "
                        + Derivation.number(in.parameter(GLOBAL_BATCH)) + " tokens (" + GLOBAL_BATCH + ")");
            }
        }
        List<Derivation> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        double useful = 1.0;
        if (in.parameter(FAILURES) >= 1) {
            useful = usefulFraction(in, n, steps);
            if (useful <= 0) {
                throw new InfeasibleException("at " + (long) n + " devices failures leave no useful time: recovery and"
                        + " checkpoints take all of it (faraboschi2024barriers §3.1); use fewer devices or faster checkpoints");
            }
            if (useful < 0.5) {
                warnings.add("failures leave only " + Math.round(useful * 100) + "% useful time at " + (long) n + " devices");
            }
        }
        double seconds = planMode ? planned(plan, useful, steps, in.explain()) : fitted(in, n, precision, peak, useful, steps);
        Planning.warnIfImplausible(seconds, n, warnings);
        if (!planMode && !AbsoluteParameters.utilizationSet(in.parameter(UTILIZATION))
                && AbsoluteParameters.effectivePrecision(in.parameters(), precision) == Precision.FP4) {
            // 3.6x BF16 with no word: the fitted model's only low-precision term is FP8's
            warnings.add("FP4 training is extrapolated: no published run the utilization model was fitted to trained in FP4"
                    + " (data/published-runs.csv), so the FP8 factor (mfu-fp8-factor) is applied to the FP4 peak");
        }
        if (planInputs.steps() < 1) { // --tokens 1: a time shorter than one step of the global batch, given without a word
            warnings.add(String.format(java.util.Locale.ROOT, "the workload's %.3g tokens are %.3g of one global batch (%.3g"
                    + " tokens, %s): the time is that share of one step, not a training run", in.workload().tokens(),
                    planInputs.steps(), in.parameter(GLOBAL_BATCH), GLOBAL_BATCH));
        }
        if (plan != null && in.explain()) {
            steps.addAll(0, Planning.explain(plan, planInputs));
        }
        if (!needs.isEmpty()) {
            warnings.add("fits in memory only with " + String.join(" and ", needs));
        }
        TimeEstimate time = TimeEstimate.split(seconds, in.workload().mix(), steps, warnings);
        return plan == null ? time : time.withPlan(plan);
    }

    /** Time from the fitted utilization (the default, which validate checks against published runs). */
    private double fitted(ModelInput in, double n, Precision precision, double peak, double useful, List<Derivation> steps) {
        double flop = in.workload().trainingFlop();
        double utilization = utilization(in, n, precision, steps);
        double scaling = Reliability.gustafsonEfficiency(n, in.parameter(SEQUENTIAL));
        double sustained = sustained(n, peak, utilization, scaling, useful);
        double seconds = flop / sustained;
        if (in.explain()) {
            steps.add(new Derivation("weak-scaling efficiency", scaling, "1", "(N - s (N - 1)) / N",
                    "N = " + (long) n + ", s = " + in.parameter(SEQUENTIAL), "faraboschi2024barriers Table 3; docs/models.md §3 (Gustafson)"));
            steps.add(new Derivation("sustained throughput", sustained, "FLOP/s", "N x peak x utilization x efficiency x useful",
                    (long) n + " x " + Derivation.number(peak) + " (" + precision.label() + ") x " + Derivation.number(utilization)
                            + " x " + Derivation.number(scaling) + " x " + Derivation.number(useful),
                    "docs/models.md §2"));
            steps.add(new Derivation("training time", seconds, "s", "C / sustained throughput",
                    "C = " + flop + " FLOP", "docs/models.md §2; C from " + in.workload().source()));
        }
        return seconds;
    }

    /** Time from the plan's step split (plan-mode 1): steps x step time, over the useful fraction. */
    private static double planned(ParallelPlan plan, double useful, List<Derivation> steps, boolean explain) {
        double seconds = plan.steps() * plan.stepTimeSeconds() / useful;
        if (explain) {
            steps.add(new Derivation("training time", seconds, "s", "steps x step time / useful fraction",
                    Derivation.number(plan.steps()) + " x " + Derivation.number(plan.stepTimeSeconds()) + " s / "
                            + Derivation.number(useful), "parameter " + PLAN_MODE + " = 1: the plan's step split"));
        }
        return seconds;
    }

    /** Per sample without allocating where the batch allows it (see {@link AbsoluteTimeBatch}), else the scalar loop. */
    @Override
    public void trainingSeconds(ModelBatch batch, double[] seconds) {
        if (AbsoluteTimeBatch.eligible(batch.parameters())) {
            AbsoluteTimeBatch.fill(spec, this, batch, seconds);
        } else {
            SpeedupModel.super.trainingSeconds(batch, seconds);
        }
    }

    Precision precision(ModelInput in) {
        int bits = (int) in.parameter(PRECISION);
        Precision precision;
        try {
            precision = Precision.ofBits(bits);
        } catch (IllegalArgumentException e) {
            throw new InfeasibleException(PRECISION + " = " + bits + ": " + e.getMessage());
        }
        if (spec.peak(precision).isEmpty()) {
            throw new InfeasibleException(spec.deviceKind() + " has no published " + precision.label() + " peak: train in "
                    + String.join(", ", spec.peaks().keySet().stream().map(p -> p.bits() + "-bit").toList()));
        }
        return precision;
    }

    /** The user's utilization if set, else the fitted model times the residual multiplier. */
    private static double utilization(ModelInput in, double n, Precision precision, List<Derivation> steps) {
        double set = in.parameter(UTILIZATION);
        if (AbsoluteParameters.utilizationSet(set)) {
            return set;
        }
        Utilization.Features asked = features(in, n, AbsoluteParameters.effectivePrecision(in.parameters(), precision));
        Utilization.Features features = ShippedFit.DOMAIN.clamp(asked);
        double fitted = Utilization.predict(features, coefficients(in));
        double residual = in.parameter(MFU_RESIDUAL);
        double utilization = utilization(fitted, residual);
        if (in.explain()) {
            steps.add(new Derivation("fitted utilization", fitted, "1",
                    "reference x (A/A0)^size x (N/N0)^-devices x (B/B0)^network x moe^[MoE] x fp8^[8-bit] x first-year^ramp",
                    Derivation.number(in.parameter(MFU_REFERENCE)) + " x (" + Derivation.number(features.activeParameters())
                            + "/" + Utilization.shown(Utilization.REFERENCE_ACTIVE_PARAMETERS) + ")^" + Derivation.number(in.parameter(MFU_SIZE))
                            + " x (" + (long) features.devices() + "/" + Utilization.shown(Utilization.REFERENCE_DEVICES) + ")^-"
                            + Derivation.number(in.parameter(MFU_DEVICES)) + " x (" + Derivation.number(features.networkBytesPerFlop())
                            + "/" + Utilization.shown(Utilization.REFERENCE_NETWORK_BYTES_PER_FLOP) + ")^" + Derivation.number(in.parameter(MFU_NETWORK)) + (features.moe() ? " x " + Derivation.number(in.parameter(MFU_MOE)) : "")
                            + (features.precision().bits() <= 8 ? " x " + Derivation.number(in.parameter(MFU_FP8)) : "")
                            + ", ramp = " + Derivation.number(Utilization.firstYearRamp(features.hardwareAgeYears()))
                            + " (device " + Derivation.number(features.hardwareAgeYears()) + " y old)",
                    ShippedFit.SOURCE));
            java.util.List<String> moved = ShippedFit.DOMAIN.clamped(asked);
            if (!moved.isEmpty()) {
                steps.add(new Derivation("outside the fitted runs", moved.size(), "inputs",
                        "the model is flat beyond the published runs it was fitted on", String.join("; ", moved),
                        "range of data/published-runs.csv"));
            }
            steps.add(new Derivation("utilization", utilization, "1",
                    "fitted utilization x residual multiplier, at most 1", "residual = " + Derivation.number(residual),
                    "parameter " + MFU_RESIDUAL));
        }
        return utilization;
    }

    /** The fitted utilization times the residual multiplier, at most 1: no run sustains more than its peak. */
    static double utilization(double fitted, double residual) {
        return Math.min(1, fitted * residual);
    }

    /** Sustained throughput, FLOP/s: N x peak x utilization x weak-scaling efficiency x useful fraction (docs/models.md §2). */
    static double sustained(double n, double peak, double utilization, double scaling, double useful) {
        return n * peak * utilization * scaling * useful;
    }

    static Utilization.Features features(ModelInput in, double n, Precision precision) {
        return Utilization.Features.of(in.workload(), n, in.parameter(NETWORK_BYTES_PER_FLOP), precision, in.economics().year(), in.parameter(FIRST_AVAILABLE));
    }

    private static Utilization.Coefficients coefficients(ModelInput in) {
        return new Utilization.Coefficients(in.parameter(MFU_REFERENCE), in.parameter(MFU_SIZE), in.parameter(MFU_DEVICES),
                in.parameter(MFU_NETWORK), in.parameter(MFU_MOE), in.parameter(MFU_FP8), in.parameter(MFU_FIRST_YEAR));
    }

    private static double usefulFraction(ModelInput in, double n, List<Derivation> steps) {
        double mtti = meanHoursBetweenInterrupts(n, in.parameter(DEVICE_MTBF), in.parameter(CPU_MTBF), in.parameter(DEVICES_PER_CPU));
        boolean allMemory = in.parameter(CKPT_ALL_MEMORY) >= 1;
        double bytes = checkpointBytes(checkpointStateBytes(in, n), in.parameter(CKPT_REDUCTION));
        double checkpointHours = checkpointHours(bytes, in.parameter(CKPT_BANDWIDTH));
        double useful = Reliability.usefulFraction(checkpointHours, mtti, in.parameter(RECOVER));
        if (!in.explain()) {
            return useful;
        }
        steps.add(new Derivation("mean time between interrupts", mtti, "h", "1 / (N / MTBF_device + N / devices_per_cpu / MTBF_cpu)",
                "N = " + (long) n, "faraboschi2024barriers Table 3; docs/models.md §3"));
        steps.add(new Derivation("checkpoint time", checkpointHours, "h",
                allMemory ? "N x device memory x (1 - reduction) / bandwidth" : "parameters x bytes per parameter x (1 - reduction) / bandwidth",
                Derivation.number(bytes) + " B at " + Derivation.number(in.parameter(CKPT_BANDWIDTH)) + " B/s",
                allMemory ? "faraboschi2024barriers Table 3 (all device memory)" : "ZeRO state size; faraboschi2024barriers Table 3 bandwidth"));
        if (checkpointHours > 0) {
            steps.add(new Derivation("checkpoint interval", Reliability.checkpointIntervalHours(checkpointHours, mtti), "h",
                    "sqrt(2 x checkpoint time x MTTI)", "", "young1974checkpoint; daly2006checkpoint"));
        }
        steps.add(new Derivation("useful fraction", useful, "1", "1 - delta/tau - tau/(2M) - TTR/M, floored at 0",
                "TTR = " + in.parameter(RECOVER) + " h", "docs/models.md §3"));
        return useful;
    }

    /** The state a checkpoint holds before any reduction, B: all device memory, or the weights and optimizer state. */
    static double checkpointStateBytes(ModelInput in, double n) {
        return in.parameter(CKPT_ALL_MEMORY) >= 1 ? n * in.parameter(DEVICE_MEMORY)
                : in.workload().totalParameters() * (in.parameter(WEIGHT_BYTES) + in.parameter(OPTIMIZER_BYTES));
    }

    /** The bytes a checkpoint writes: the state less the reduction, B. */
    static double checkpointBytes(double stateBytes, double reduction) {
        return stateBytes * (1 - reduction);
    }

    /** Hours to write a checkpoint of that many bytes at that bandwidth (B/s). */
    static double checkpointHours(double bytes, double bandwidth) {
        return Units.hours(bytes / bandwidth);
    }

    /** Mean hours between interrupts on N devices (faraboschi2024barriers Table 3; docs/models.md §3). */
    static double meanHoursBetweenInterrupts(double n, double deviceMtbf, double cpuMtbf, double devicesPerCpu) {
        return 1 / Reliability.interruptsPerHour(n, deviceMtbf, cpuMtbf, devicesPerCpu);
    }
}
