package dev.cambrian.api.absolute;

import dev.cambrian.api.Checks;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParallelPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Memory and parallelism for the absolute models: whether a run fits, its plan, and how to say both. */
final class Planning {
    /** Clusters larger than this are checked for: xAI's Colossus, the largest reported (200,000 GPUs; xAI, 2025). */
    static final double LARGEST_CLUSTER_DEVICES = 200_000;
    static final String LARGEST_CLUSTER_SOURCE = "xAI's Colossus, 200,000 GPUs, the largest training cluster reported (xAI, 2025)";
    /** An estimate longer than this is flagged: no published pre-training run has taken even one year. */
    static final double PLAUSIBLE_YEARS = 10;
    /** The search for the smallest cluster that fits stops here. */
    static final long SEARCH_LIMIT = 1L << 40;

    private Planning() {
    }

    /** The plan's inputs from the parameters in force (a device without a scale-up domain is a domain of one). */
    static PlanInputs inputs(ModelInput in, double devices, double peak) {
        ModelShape shape = ModelShape.of(in.workload(), in.parameter(ASPECT_RATIO), in.parameter(HEAD_DIMENSION));
        boolean declared = in.parameters().space().indexOf(SCALE_UP_DOMAIN) >= 0;
        int domain = declared ? (int) in.parameter(SCALE_UP_DOMAIN) : 1;
        double scaleOut = in.parameter(SCALE_OUT_BANDWIDTH);
        double scaleUp = in.parameters().space().indexOf(SCALE_UP_BANDWIDTH) >= 0 ? in.parameter(SCALE_UP_BANDWIDTH) : scaleOut;
        return new PlanInputs(shape, in.workload().activeParameters(), in.workload().tokens(), (long) devices, peak,
                in.parameter(DEVICE_MEMORY) * in.parameter(USABLE_MEMORY), domain, scaleUp, scaleOut,
                in.parameter(SEQUENCE_LENGTH), in.parameter(MICRO_BATCH), in.parameter(GLOBAL_BATCH), in.parameter(WEIGHT_BYTES),
                in.parameter(GRADIENT_BYTES), in.parameter(OPTIMIZER_BYTES), in.parameter(KERNEL_EFFICIENCY),
                in.workload().experts(), in.parameter(TOP_K));
    }

    /** No valid answer past the vendor's largest cluster. */
    static void requireWithinLimit(ModelInput in, DeviceSpec spec, double devices) {
        if (!withinLimit(in, devices)) {
            throw new InfeasibleException((long) devices + " devices exceed the " + (long) in.parameter(MAX_DEVICES) + " a "
                    + spec.deviceKind() + " cluster can have (parameter " + MAX_DEVICES + "); the nearest feasible size is "
                    + (long) in.parameter(MAX_DEVICES));
        }
    }

    /** Whether the vendor builds clusters of that many devices (no limit when the backend declares none). */
    static boolean withinLimit(ModelInput in, double devices) {
        return in.parameters().space().parameter(MAX_DEVICES).isEmpty() || devices <= in.parameter(MAX_DEVICES);
    }

    /** What memory allows for one run on one cluster: the least it needs, the smallest cluster that fits, what it needs. */
    private record Feasibility(double leastMemory, boolean fits, long smallestFitting, List<String> needs) {
    }

    /**
     * Feasibility depends only on the plan's inputs, which the uncertain figures a range or a Monte Carlo run varies
     * (power, prices, the utilization residual) leave alone: it is remembered per inputs (a pure function, so
     * the same from any thread), not searched again for every sample.
     */
    private static final Map<PlanInputs, Feasibility> FEASIBILITY = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 4_096;

    private static Feasibility feasibility(PlanInputs p) {
        return remembered(FEASIBILITY, p, Planning::searchFeasibility);
    }

    private static Feasibility searchFeasibility(PlanInputs p) {
        double least = PlanSearch.leastMemory(p);
        boolean fits = least <= p.usableMemoryBytes();
        long smallest = fits ? p.devices() : PlanSearch.smallestFittingDevices(p, SEARCH_LIMIT);
        List<String> needs = new ArrayList<>();
        if (fits) {
            if (PlanSearch.leastMemory(p, 2, Recomputation.FULL) > p.usableMemoryBytes()) {
                needs.add("ZeRO-3 (weights sharded over the data-parallel replicas)");
            }
            if (PlanSearch.leastMemory(p, 3, Recomputation.SELECTIVE) > p.usableMemoryBytes()) {
                needs.add("full activation recomputation");
            }
        }
        return new Feasibility(least, fits, smallest, List.copyOf(needs));
    }

    /** The memo's answer for p, else computed and kept; a full memo is emptied (a wide sweep of inputs would grow it). */
    private static <V> V remembered(Map<PlanInputs, V> memo, PlanInputs p, java.util.function.Function<PlanInputs, V> compute) {
        V known = memo.get(p);
        if (known != null) {
            return known;
        }
        V v = compute.apply(p);
        if (memo.size() > REMEMBERED) {
            memo.clear();
        }
        memo.put(p, v);
        return v;
    }

    /**
     * No valid answer when even the most frugal layout does not fit: by how much, and the smallest cluster that does.
     * When it fits, what any layout that fits needs: ZeRO-3 when no ZeRO-2 layout fits, full recomputation when no
     * selective one does.
     */
    static List<String> requireFits(PlanInputs p, DeviceSpec spec, ModelInput in) {
        Feasibility f = feasibility(p);
        double least = f.leastMemory();
        // a model shaped past a double (model-aspect-ratio 1e308) needs "Infinity EB": the values broke the arithmetic
        Checks.finite("memory per device of the most frugal layout (B)", least);
        if (f.fits()) {
            return f.needs();
        }
        long smallest = f.smallestFitting();
        String has = spec.deviceKind() + " has " + bytes(in.parameter(DEVICE_MEMORY)) + " (" + bytes(p.usableMemoryBytes())
                + " usable)";
        String tail = smallest < 0
                ? "; no cluster size fits: activations alone need more, shorten " + SEQUENCE_LENGTH + " or " + MICRO_BATCH
                : "; the smallest cluster that fits is " + String.format(Locale.ROOT, "%,d", smallest) + " devices";
        throw new InfeasibleException("does not fit in memory on " + String.format(Locale.ROOT, "%,d", p.devices())
                + (p.devices() == 1 ? " device" : " devices") + ": needs at least " + bytes(least) + " per device even with the most frugal layout (the best tensor"
                + " x pipeline split, ZeRO-3, full recomputation); " + has + tail);
    }

    /**
     * The fastest layout that fits ({@link PlanSearch#best}), remembered per inputs like feasibility: plan mode and an
     * explanation search it on every call, and a range's corners (a hundred calls for one estimate) share the inputs.
     * A wrapper asking for the plan on every call (cerebras-cs3's SRAM check) spent 90 ms of a 0.6 s `rank` searching
     * the same layouts again. Empty is remembered too: plan mode's "no layout fits" is as costly to find. The mode only
     * labels the plan, so one search serves both.
     */
    private static final Map<PlanInputs, Optional<ParallelPlan>> PLANS = new ConcurrentHashMap<>();

    static Optional<ParallelPlan> bestPlan(PlanInputs p, boolean planMode) {
        Optional<ParallelPlan> fitted = remembered(PLANS, p, q -> PlanSearch.best(q, "fitted"));
        return planMode ? fitted.map(plan -> plan.inMode("plan")) : fitted;
    }

    /** Whether memory allows the run at all, remembered per inputs without the rest of {@link Feasibility}. */
    private static final Map<PlanInputs, Boolean> FITS = new ConcurrentHashMap<>();

    /**
     * Whether the most frugal layout fits in memory: {@link #requireFits} without the message, for the batch path,
     * which asks it of every distinct cluster size it samples. It stops at the first layout that fits instead of
     * searching for the least memory, the smallest cluster that fits and what any layout needs (3 to 20
     * searches more), which a wide sampled range of sizes otherwise spends most of its time on.
     */
    static boolean fits(PlanInputs p) {
        Feasibility known = FEASIBILITY.get(p);
        return known != null ? known.fits() : remembered(FITS, p, PlanSearch::fits);
    }

    static void warnIfImplausible(double seconds, double devices, List<String> warnings) {
        double years = seconds / (365.25 * 86_400);
        if (years > PLAUSIBLE_YEARS) {
            warnings.add(String.format(Locale.ROOT, "%.3g years is longer than %d years: no training run has taken that long;"
                    + " more devices or a smaller job", years, (int) PLAUSIBLE_YEARS));
        }
        if (devices > LARGEST_CLUSTER_DEVICES) {
            warnings.add(String.format(Locale.ROOT, "%,d devices is more than the largest cluster built so far (%s)", (long) devices,
                    LARGEST_CLUSTER_SOURCE));
        }
    }

    static List<Derivation> explain(ParallelPlan plan, PlanInputs p) {
        List<Derivation> steps = new ArrayList<>();
        ModelShape m = p.shape();
        steps.add(new Derivation("model shape", m.layers(), "layers", "L = h / aspect ratio with A = 12 L h^2, so h = cbrt(A x aspect ratio / 12)",
                "hidden " + Derivation.number(m.hidden()) + ", heads " + Derivation.number(m.heads())
                        + (m.moe() ? ", shared " + Derivation.number(m.sharedParameters()) + " + experts "
                        + Derivation.number(m.expertParameters()) + " parameters" : ""),
                "narayanan2021megatron, section 3.1 (12 L h^2); parameters " + ASPECT_RATIO + ", " + HEAD_DIMENSION));
        steps.add(new Derivation("parallel layout", plan.devicesUsed(), "devices",
                "tensor x pipeline x data" + (plan.expert() > 1 ? " (x expert within data)" : "") + ", fastest that fits",
                "TP " + plan.tensor() + " x PP " + plan.pipeline() + " x DP " + plan.data()
                        + (plan.expert() > 1 ? ", EP " + plan.expert() : "") + ", ZeRO-" + plan.zeroStage() + ", "
                        + plan.recomputation() + " recomputation", "Megatron-LM (narayanan2021megatron); ZeRO (rajbhandari2020zero)"));
        steps.add(new Derivation("memory per device", plan.memoryPerDeviceBytes(), "B",
                "weights + gradients + optimizer (sharded per ZeRO stage) + activations (per recomputation)",
                parts(plan.memoryBytes(), "B") + " of " + bytes(p.usableMemoryBytes()) + " usable",
                "rajbhandari2020zero, section 5; korthikanti2022activation, section 4"));
        steps.add(new Derivation("step time", plan.stepTimeSeconds(), "s",
                "compute + tensor-parallel + exposed data-parallel + pipeline bubble + expert all-to-all",
                parts(plan.stepSeconds(), "s") + "; " + Derivation.number(plan.steps()) + " steps of "
                        + Derivation.number(p.globalBatchTokens()) + " tokens",
                "narayanan2021megatron (bubble (p-1)/m); korthikanti2022activation (tensor collectives); li2020pytorchddp"
                        + " (overlapped reduction); lepikhin2020gshard (all-to-all)"));
        return steps;
    }

    private static String parts(java.util.Map<String, Double> parts, String unit) {
        List<String> out = new ArrayList<>();
        parts.forEach((k, v) -> out.add(k + " " + (unit.equals("B") ? bytes(v) : Derivation.number(v) + " s")));
        return String.join(", ", out);
    }

    static String bytes(double b) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        int i = 0;
        while (b >= 1000 && i < units.length - 1) {
            b /= 1000;
            i++;
        }
        return String.format(Locale.ROOT, "%.3g %s", b, units[i]);
    }
}
