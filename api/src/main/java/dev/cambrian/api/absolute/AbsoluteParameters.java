package dev.cambrian.api.absolute;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.Economics;
import dev.cambrian.api.Contracts;
import dev.cambrian.api.Derivation;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters every absolute backend declares, by name, and how a device spec fills them. */
public final class AbsoluteParameters {
    /** Devices running the job (devices, whole). */
    public static final String DEVICES = "devices";
    /** Number format the run trains in, in bits: 16 (BF16/FP16), 8, 4 or 32. */
    public static final String PRECISION = "precision-bits";
    /** Peak at BF16/FP16: the name the levers act on ({@link Contracts#PEAK_FLOPS}). */
    public static final String PEAK = Contracts.PEAK_FLOPS;
    /** MFU the training code sustains (1); 0 means: from the fitted utilization model. */
    public static final String UTILIZATION = "utilization";
    /** Fitted MFU of the reference run (1). */
    public static final String MFU_REFERENCE = "mfu-reference";
    /** Exponent of active parameters in the utilization model (1). */
    public static final String MFU_SIZE = "mfu-size-exponent";
    /** Exponent of the device count in the utilization model (1). */
    public static final String MFU_DEVICES = "mfu-devices-exponent";
    /** Exponent of network bytes per FLOP in the utilization model (1). */
    public static final String MFU_NETWORK = "mfu-network-exponent";
    /** MFU of a mixture-of-experts run over a dense one (1). */
    public static final String MFU_MOE = "mfu-moe-factor";
    /** MFU against the FP8 peak over BF16 MFU against the BF16 peak (1). */
    public static final String MFU_FP8 = "mfu-fp8-factor";
    /** MFU in a device's first year over a mature device's (1). */
    public static final String MFU_FIRST_YEAR = "mfu-first-year-factor";
    /** Multiplier on the fitted MFU: how far published runs stray from the fit (1). */
    public static final String MFU_RESIDUAL = "mfu-residual";
    /** First general availability as a decimal year. */
    public static final String FIRST_AVAILABLE = "first-available-year";
    /** The device's rated power (W). */
    public static final String TDP = "tdp-watts";
    /** All-in power per device (W), {@link Contracts#POWER_WATTS}. */
    public static final String POWER = Contracts.POWER_WATTS;
    /** Facility power usage effectiveness (1), {@link Contracts#PUE}. */
    public static final String PUE = Contracts.PUE;
    /** Rental per device-hour (USD/device-hour), {@link Contracts#PRICE_PER_DEVICE_HOUR}. */
    public static final String PRICE = Contracts.PRICE_PER_DEVICE_HOUR;
    /** Operations per device-hour when not in the rental price (USD/device-hour). */
    public static final String OPERATIONS = "operations-per-device-hour";
    /** Purchase price per device (USD), {@link Contracts#DEVICE_PRICE}. */
    public static final String DEVICE_PRICE = Contracts.DEVICE_PRICE;
    /** Procurement, delivery and bring-up before training (month). */
    public static final String DEPLOYMENT = "deployment-months";
    /** Switch: 1 when failures cost time by the Young/Daly model. */
    public static final String FAILURES = "include-failures";
    /** Device mean time between failures (h). */
    public static final String DEVICE_MTBF = "device-mtbf-hours";
    /** Host CPU mean time between failures (h). */
    public static final String CPU_MTBF = "cpu-mtbf-hours";
    /** Devices per host CPU (devices/CPU). */
    public static final String DEVICES_PER_CPU = "devices-per-cpu";
    /** Time to recover a failed parallel group (h). */
    public static final String RECOVER = "time-to-recover-hours";
    /** Sequential fraction, applied as weak-scaling efficiency (1). */
    public static final String SEQUENTIAL = "sequential-fraction";
    /** Checkpoint file-system bandwidth (B/s), {@link Contracts#CHECKPOINT_BANDWIDTH}. */
    public static final String CKPT_BANDWIDTH = Contracts.CHECKPOINT_BANDWIDTH;
    /** Fraction by which checkpointed state is reduced (1), {@link Contracts#CHECKPOINT_REDUCTION}. */
    public static final String CKPT_REDUCTION = Contracts.CHECKPOINT_REDUCTION;
    /** Switch: 1 to checkpoint all device memory, 0 for model and optimizer state only. */
    public static final String CKPT_ALL_MEMORY = "checkpoint-all-memory";
    /** Memory per device (B). */
    public static final String DEVICE_MEMORY = "device-memory-bytes";
    /** Memory bandwidth per device (B/s), shown for comparison. */
    public static final String MEMORY_BANDWIDTH = "memory-bandwidth";
    /** Devices in one scale-up domain (devices). */
    public static final String SCALE_UP_DOMAIN = "scale-up-domain";
    /** Scale-up bandwidth per device, one direction (B/s). */
    public static final String SCALE_UP_BANDWIDTH = "scale-up-bandwidth";
    /** Scale-out network bandwidth per device, one direction (B/s). */
    public static final String SCALE_OUT_BANDWIDTH = "scale-out-bandwidth";
    /** Tokens per training sequence (tokens). */
    public static final String SEQUENCE_LENGTH = "sequence-length";
    /** Tokens per optimizer step (tokens). */
    public static final String GLOBAL_BATCH = "global-batch-tokens";
    /** Sequences per micro-batch on one pipeline (sequences). */
    public static final String MICRO_BATCH = "micro-batch-sequences";
    /** Bytes per parameter of the weights (B/parameter). */
    public static final String WEIGHT_BYTES = "weight-bytes-per-parameter";
    /** Bytes per parameter of the gradients (B/parameter). */
    public static final String GRADIENT_BYTES = "gradient-bytes-per-parameter";
    /** Bytes per parameter of master weights and optimizer moments (B/parameter). */
    public static final String OPTIMIZER_BYTES = "optimizer-bytes-per-parameter";
    /** Hidden size over layers, to shape a model from its parameter count (1). */
    public static final String ASPECT_RATIO = "model-aspect-ratio";
    /** Hidden size per attention head (1). */
    public static final String HEAD_DIMENSION = "head-dimension";
    /** Share of device memory the model's state and activations may use (1). */
    public static final String USABLE_MEMORY = "usable-memory-fraction";
    /** Share of peak the matrix kernels reach in the plan's step split (1). */
    public static final String KERNEL_EFFICIENCY = "kernel-efficiency";
    /** Experts each token is routed to (experts). */
    public static final String TOP_K = "moe-top-k";
    /** Switch: 1 for training time from the parallel plan, 0 from the fitted utilization. */
    public static final String PLAN_MODE = "plan-mode";
    /** The most devices one cluster of this kind can have (devices). */
    public static final String MAX_DEVICES = "max-devices";
    /** Declared by devices sold at the margin faraboschi2024barriers' competitive-accelerators lever cuts (NVIDIA's): they opt in to it. */
    public static final String VENDOR_MARGIN = Contracts.VENDOR_MARGIN;
    /** The device's balance of network to arithmetic, fixed by its datasheet: levers that speed arithmetic do not move it. */
    public static final String NETWORK_BYTES_PER_FLOP = "network-bytes-per-flop";

    private static final String SEED_001_T3 = "faraboschi2024barriers §3.1, Table 3";

    /** The utilization model's parameters: read only to fit the utilization, so unread once it is set or planned. */
    private static final java.util.Set<String> UTILIZATION_MODEL = java.util.Set.of(MFU_REFERENCE, MFU_SIZE, MFU_DEVICES,
            MFU_NETWORK, MFU_MOE, MFU_FP8, MFU_FIRST_YEAR, MFU_RESIDUAL);

    private AbsoluteParameters() {
    }

    /**
     * Whether a value of {@link #UTILIZATION} overrides the fitted utilization model (API 1.6.0): the one reading of it
     * the kit's models and the host share.
     *
     * @param value the utilization's value
     * @return true above 0; 0 means the fitted model
     */
    public static boolean utilizationSet(double value) {
        return value > 0;
    }

    /**
     * Whether the kit's models leave a parameter unread once {@link #UTILIZATION} is set (API 1.6.0): the fitted
     * utilization model's coefficients and its residual ({@code mfu-*}). The host does not sample them then (a draw
     * would move no figure, yet be listed as uncertainty); they keep their value. The utilization is set in every
     * sample when its range in force does not reach 0 (a point above 0, or a range whose low is); a range from 0 may
     * draw the fitted model, and then all is read (the host refuses such a range from the user: its draws near 0 are
     * utilizations near 0, not the fitted model). A plugin that replaces the kit's time model must keep this contract;
     * the TCK checks it.
     *
     * @param name a parameter's name
     * @return true when no model of the kit reads it while the utilization is set
     */
    public static boolean unreadWithUtilizationSet(String name) {
        return UTILIZATION_MODEL.contains(name);
    }

    /**
     * Whether a value of {@link #PLAN_MODE} takes the time from the parallel plan's step split (API 1.6.0): the one
     * reading of the switch the kit's models and the host share.
     *
     * @param value the switch's value
     * @return true for 1 (and above), false for 0
     */
    public static boolean planModeOn(double value) {
        return value >= 1;
    }

    /**
     * Whether the kit's models leave a parameter unread with {@link #PLAN_MODE} on (API 1.6.0): the time then comes
     * from the plan's step split, so neither {@link #UTILIZATION} nor the fitted model ({@code mfu-*}) is read, and the
     * host does not sample them. Only a switch that is a point has one setting. A plugin that replaces the kit's time
     * model must keep this contract; the TCK checks it.
     *
     * @param name a parameter's name
     * @return true when no model of the kit reads it in plan mode
     */
    public static boolean unreadInPlanMode(String name) {
        return UTILIZATION.equals(name) || UTILIZATION_MODEL.contains(name);
    }

    /**
     * The parameter holding the peak at a precision (BF16's is {@link #PEAK}).
     *
     * @param precision the number format
     * @return the parameter holding the peak at a precision (BF16's is {@link #PEAK})
     */
    public static String peakName(Precision precision) {
        return precision == Precision.BF16 ? PEAK : PEAK + "-" + precision.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The precision the utilization model sees: a low precision counts only where the device runs it faster
     * than BF16 (TPU v5p's FP8 peak equals its BF16 peak, so FP8 there is BF16 for the model).
     *
     * @param values the values in force
     * @param precision the number format
     * @return the precision the utilization model sees: a low precision counts only where the device runs it faster than BF16 (TPU v5p's FP8 peak equals its BF16 peak, so FP8 there is BF16 for the model)
     */
    public static Precision effectivePrecision(dev.cambrian.api.ParameterValues values, Precision precision) {
        if (precision.bits() >= 16 || values.space().indexOf(peakName(precision)) < 0) {
            return precision;
        }
        return values.get(peakName(precision)) > values.get(PEAK) ? precision : Precision.BF16;
    }

    static ParameterSpace of(DeviceSpec spec) {
        List<Parameter> p = new ArrayList<>();
        p.add(Parameter.count(DEVICES, "devices", (long) spec.defaultDevices().value(), "devices running the job",
                spec.defaultDevices().source()));
        p.add(Parameter.count(PRECISION, "bit", 16, "number format the run trains in: 16 (BF16/FP16), 8 (FP8), 4 (FP4) or 32;"
                + " selects the peak and the utilization model's FP8 factor", "decision; BF16 is what most published runs used")
                .withBounds(Bounds.oneOf(Arrays.stream(Precision.values()).mapToDouble(Precision::bits).toArray())));
        spec.peaks().forEach((precision, figure) -> p.add(new Parameter(peakName(precision), "FLOP/s", figure.range(),
                figure.range().isPoint() ? Distribution.FIXED : Distribution.TRIANGULAR, false,
                "peak dense " + precision.label() + " throughput per device", figure.source()).withBounds(Bounds.positive())));
        p.add(Parameter.fixed(UTILIZATION, "1", 0, "MFU the training code sustains before failure losses; 0 = from the fitted"
                + " utilization model (mfu-*), a value in (0, 1] overrides it", "the fitted model unless set").withBounds(Bounds.fraction()));
        addUtilizationModel(p, spec);
        p.add(Parameter.fixed(FIRST_AVAILABLE, "year", spec.firstAvailable().value(),
                "first general availability as a decimal year (hardware in its first year trains less efficiently)",
                spec.firstAvailable().source()).withBounds(new Bounds(Economics.FIRST_YEAR, true, Economics.LAST_YEAR, true)));
        p.add(Parameter.fixed(TDP, "W", spec.tdpWatts().value(), "the device's rated power (energy uses the all-in power-watts)", spec.tdpWatts().source()).withBounds(Bounds.positive()));
        p.add(Parameter.uncertain(POWER, "W", spec.allInWatts().range(), "all-in power per device: device, host and network share",
                spec.allInWatts().source()).withBounds(Bounds.positive()));
        p.add(Parameter.uncertain(PUE, "1", new Range(1.10, 1.20, 1.56), "facility power usage effectiveness",
                "low: Google fleet 2023 (1.10, environmental report 2024); high: industry average (1.56, Uptime"
                        + " Institute global survey 2024); nominal 1.2 assumed for a new AI facility").withBounds(Bounds.atLeast(1)));
        p.add(Parameter.uncertain(PRICE, "USD/device-hour", spec.rentalPerDeviceHour().range(),
                "rental (or amortised purchase) per device-hour", spec.rentalPerDeviceHour().source()));
        p.add(Parameter.uncertain(OPERATIONS, "USD/device-hour", new Range(0, 0, 0.35),
                "staff, storage and network operations per device-hour, when not in the rental price",
                "nominal 0: cloud rental prices include operations; high: grok2025althw books ~$200M operations on"
                        + " ~576M GPU-hours (~$0.35)"));
        p.add(Parameter.uncertain(DEVICE_PRICE, "USD", spec.purchasePrice().range(), "purchase price per device (procurement alternative)",
                spec.purchasePrice().source()));
        p.add(Parameter.uncertain(DEPLOYMENT, "month", new Range(3, 6, 12), "procurement, delivery and bring-up before training",
                "assumption: 2023-2025 data-centre accelerator lead times of one to four quarters")
                .withBounds(Bounds.phaseMonths())); // 1e308 months was shown as a hero month (API 1.4.2)
        p.add(Parameter.switchOf(FAILURES, true,
                "1: failures cost time by the Young/Daly model; 0: folded into utilization", "docs/models.md §3; faraboschi2024barriers §3.1"));
        p.add(Parameter.fixed(DEVICE_MTBF, "h", 950_000, "device mean time between failures",
                SEED_001_T3 + " (A100 datasheet); applied to every accelerator for want of published figures").withBounds(Bounds.positive()));
        p.add(Parameter.fixed(CPU_MTBF, "h", 1_500_000, "host CPU mean time between failures", SEED_001_T3).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(DEVICES_PER_CPU, "devices/CPU", 4, "devices per host CPU, for the interrupt rate", SEED_001_T3).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(RECOVER, "h", 2, "time to recover a failed parallel group", SEED_001_T3));
        p.add(Parameter.fixed(SEQUENTIAL, "1", 0.01, "sequential fraction, applied as weak-scaling (Gustafson) efficiency",
                SEED_001_T3 + "; Gustafson rather than Amdahl per docs/models.md §3").withBounds(Bounds.fraction()));
        p.add(Parameter.fixed(CKPT_BANDWIDTH, "B/s", 500e9, "checkpoint file-system bandwidth", SEED_001_T3 + " (base: 500 GB/s)").withBounds(Bounds.positive()));
        p.add(Parameter.fixed(CKPT_REDUCTION, "1", 0, "fraction by which checkpointed state is reduced", SEED_001_T3 + " (base: none)").withBounds(Bounds.fraction()));
        p.add(Parameter.switchOf(CKPT_ALL_MEMORY, false,
                "1: checkpoint all device memory (faraboschi2024barriers' assumption); 0: model and optimizer state only",
                "docs/models.md §3: the paper's all-memory checkpoint is its own assumption"));
        p.add(Parameter.fixed(DEVICE_MEMORY, "B", spec.memoryBytes().value(), "memory per device (checkpoint size when all memory is saved)",
                spec.memoryBytes().source()).withBounds(Bounds.positive()));
        addOptional(p, MEMORY_BANDWIDTH, "B/s", spec.memoryBandwidth(), "memory bandwidth per device (shown for comparison; no model"
                + " reads it yet)");
        // at least one device per domain: 0 or 0.5 ran, shown as "scale-up-domain 0 devices" (API 1.4.2); a whole number
        // of devices: 2.5 ran, and the layouts split tensors across half a device (API 1.4.4)
        spec.scaleUpDomain().ifPresent(f -> p.add(Parameter.count(SCALE_UP_DOMAIN, "devices", Math.round(f.value()),
                "devices in one scale-up domain (NVLink, ICI, ...)", f.source()).withBounds(Bounds.atLeast(1))));
        addOptional(p, SCALE_UP_BANDWIDTH, "B/s", spec.scaleUpBandwidth(), "scale-up bandwidth per device, one direction");
        p.add(Parameter.fixed(SCALE_OUT_BANDWIDTH, "B/s", spec.scaleOutBandwidth().value(),
                "scale-out network bandwidth per device, one direction (the parallel plan's data-parallel links; the"
                        + " utilization model reads network-bytes-per-flop)", spec.scaleOutBandwidth().source()).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(NETWORK_BYTES_PER_FLOP, "B/FLOP", spec.scaleOutBandwidth().value() / spec.peak(Precision.BF16).orElseThrow().value(),
                "scale-out bandwidth over peak BF16 throughput, as the datasheets give them: the utilization model's network term",
                "scale-out-bandwidth / peak-flops from the datasheet figures above").withBounds(Bounds.positive()));
        addPlanning(p, spec);
        return new ParameterSpace(p, profiles(spec), levers(spec));
    }

    /**
     * The levers a device cluster opts in to: those of faraboschi2024barriers' evolutionary roadmap that act on its
     * parameters, and the margin lever only when the spec declares the vendor margin it cuts.
     */
    static java.util.Set<String> levers(DeviceSpec spec) {
        java.util.Set<String> levers = new java.util.TreeSet<>(Contracts.DEVICE_CLUSTER_LEVERS);
        if (spec.vendorMargin().isPresent()) {
            levers.add(Contracts.COMPETITIVE_ACCELERATORS);
        }
        return levers;
    }

    /** What memory per device and the parallel plan need (the kit's PlanSearch). */
    private static void addPlanning(List<Parameter> p, DeviceSpec spec) {
        String llama2 = "touvron2023llama2, Table 1 (4k context, 4M-token batches)";
        p.add(Parameter.count(SEQUENCE_LENGTH, "tokens", 4096, "tokens per training sequence", llama2));
        p.add(Parameter.fixed(GLOBAL_BATCH, "tokens", 4e6, "tokens per optimizer step (global batch)", llama2).withBounds(Bounds.positive()));
        p.add(Parameter.count(MICRO_BATCH, "sequences", 1, "sequences per micro-batch on one pipeline",
                "narayanan2021megatron, 'Efficient Large-Scale Language Model Training on GPU Clusters', section 5 (micro-batch 1)"));
        String zero = "rajbhandari2020zero, 'ZeRO', section 3.1: mixed-precision Adam keeps 2 + 2 + 12 bytes per parameter";
        p.add(Parameter.fixed(WEIGHT_BYTES, "B/parameter", 2, "BF16 weights", zero).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(GRADIENT_BYTES, "B/parameter", 2, "BF16 gradients", zero).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(OPTIMIZER_BYTES, "B/parameter", 12, "FP32 master weights and Adam moments", zero).withBounds(Bounds.nonNegative()));
        String gpt3 = "Brown et al. 2020, 'Language Models are Few-Shot Learners', Table 2.1 (175B: d_model 12,288, 96 layers,"
                + " d_head 128)";
        p.add(Parameter.fixed(ASPECT_RATIO, "1", 128, "hidden size over layers, to shape a model from its parameter count", gpt3).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(HEAD_DIMENSION, "1", 128, "hidden size per attention head", gpt3).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(USABLE_MEMORY, "1", 0.9, "share of device memory the model's state and activations may use",
                "assumption: the framework, communication buffers and fragmentation take about a tenth").withBounds(Bounds.positiveFraction()));
        p.add(Parameter.fixed(KERNEL_EFFICIENCY, "1", 0.7, "share of peak the matrix kernels reach in the plan's step split"
                + " (plan-mode 1)", "assumption within 0.55-0.8: narayanan2021megatron sustain 52% end to end with"
                + " communication on A100; large GEMMs reach 70-80% of peak").withBounds(Bounds.positiveFraction()));
        // a whole number of experts, at least one (0 and 0.5 ran, API 1.4.2)
        p.add(Parameter.count(TOP_K, "experts", 2, "experts each token is routed to (mixture of experts)",
                "lepikhin2020gshard, 'GShard' (top-2 gating)"));
        p.add(Parameter.switchOf(PLAN_MODE, false,
                "0: training time from the fitted utilization; 1: from the parallel plan's step split",
                "decision: the fitted model is what validate checks against published runs"));
        spec.vendorMargin().ifPresent(f -> p.add(Parameter.fixed(VENDOR_MARGIN, "1", f.value(),
                "the vendor's gross margin on the device; the competitive-accelerators lever cuts the prices of devices that"
                        + " declare it", f.source()).withBounds(new Bounds(0, true, 1, false)))); // a margin of 1: a free device
        spec.maxDevices().ifPresent(f -> p.add(Parameter.count(MAX_DEVICES, "devices", (long) f.value(),
                "the most devices one cluster of this kind can have", f.source())));
    }

    /** The utilization model's reference values as its descriptions quote them: written once, not per backend loaded. */
    private static final String REFERENCE_ACTIVE = Utilization.shown(Utilization.REFERENCE_ACTIVE_PARAMETERS);
    private static final String REFERENCE_DEVICES = Utilization.shown(Utilization.REFERENCE_DEVICES);
    private static final String REFERENCE_NETWORK = Utilization.shown(Utilization.REFERENCE_NETWORK_BYTES_PER_FLOP);

    private static void addUtilizationModel(List<Parameter> p, DeviceSpec spec) {
        Utilization.Coefficients c = ShippedFit.COEFFICIENTS;
        String fit = ShippedFit.SOURCE;
        p.add(Parameter.fixed(MFU_REFERENCE, "1", c.reference(),
                "fitted MFU of a dense BF16 run with " + REFERENCE_ACTIVE + " active parameters on "
                        + REFERENCE_DEVICES + " mature devices", fit).withBounds(Bounds.positiveFraction()));
        p.add(Parameter.fixed(MFU_SIZE, "1", c.sizeExponent(), "MFU grows as (active parameters / " + REFERENCE_ACTIVE + ") to this power", fit).withBounds(Bounds.any()));
        p.add(Parameter.fixed(MFU_DEVICES, "1", c.devicesExponent(), "MFU falls as (devices / " + REFERENCE_DEVICES + ") to this power", fit).withBounds(Bounds.any()));
        p.add(Parameter.fixed(MFU_NETWORK, "1", c.networkExponent(),
                "MFU grows as (network-bytes-per-flop / " + REFERENCE_NETWORK
                + ") to this power", fit).withBounds(Bounds.any()));
        p.add(Parameter.fixed(MFU_MOE, "1", c.moeFactor(), "MFU of a mixture-of-experts run over a dense run of the same active size", fit).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(MFU_FP8, "1", c.fp8Factor(), "MFU against the FP8 peak over BF16 MFU against the BF16 peak", fit).withBounds(Bounds.positive()));
        p.add(Parameter.fixed(MFU_FIRST_YEAR, "1", c.firstYearFactor(),
                "MFU at a device's first availability over a mature device's (fades linearly over the first year)", fit).withBounds(Bounds.positive()));
        String residualSource = "10th-90th percentile of the fit's leave-one-out residuals (" + ShippedFit.SOURCE + ")";
        if (!spec.publishedRuns()) {
            residualSource += "; widened x" + ShippedFit.UNPROVEN_WIDENING + " in logs (assumption): " + spec.utilizationEvidence();
        } else {
            residualSource += "; published runs on this device: " + spec.utilizationEvidence();
        }
        p.add(Parameter.uncertain(MFU_RESIDUAL, "1", ShippedFit.residualRange(spec.publishedRuns()),
                "multiplier on the fitted MFU: how far published runs stray from the fit", residualSource).withBounds(Bounds.positive()));
    }

    private static void addOptional(List<Parameter> p, String name, String unit, Optional<Figure> figure, String description) {
        figure.ifPresent(f -> p.add(Parameter.fixed(name, unit, f.value(), description, f.source())));
    }

    private static List<Profile> profiles(DeviceSpec spec) {
        List<Profile> profiles = new ArrayList<>();
        profiles.add(new Profile(Profile.CURRENT, "datasheet figures and utilization fitted to published runs", Map.of(),
                "the parameters' own sources"));
        profiles.add(new Profile(Profile.ENHANCED, "faraboschi2024barriers' optimized supercomputing configuration: 2 TB/s checkpoints,"
                + " 50% less checkpointed memory",
                orderedMap(CKPT_BANDWIDTH, Range.of(2e12), CKPT_REDUCTION, Range.of(0.5)), "faraboschi2024barriers §3.1"));
        profiles.addAll(spec.profiles());
        return profiles;
    }

    private static Map<String, Range> orderedMap(String k1, Range v1, String k2, Range v2) {
        Map<String, Range> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
