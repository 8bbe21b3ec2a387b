package dev.cambrian.plugins.gpu;

import dev.cambrian.api.Bounds;
import dev.cambrian.api.Distribution;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterSpace;
import dev.cambrian.api.Profile;
import dev.cambrian.api.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters every GPU backend declares, and its profiles. */
final class GpuParameters {
    static final String DEVICES = "devices";
    static final String PEAK = "peak-flops";
    static final String UTILIZATION = "utilization";
    static final String POWER = "power-watts";
    static final String PUE = "pue";
    static final String PRICE = "price-per-device-hour";
    static final String OPERATIONS = "operations-per-device-hour";
    static final String DEVICE_PRICE = "device-price";
    static final String DEPLOYMENT = "deployment-months";
    static final String FAILURES = "include-failures";
    static final String GPU_MTBF = "gpu-mtbf-hours";
    static final String CPU_MTBF = "cpu-mtbf-hours";
    static final String GPUS_PER_CPU = "gpus-per-cpu";
    static final String RECOVER = "time-to-recover-hours";
    static final String SEQUENTIAL = "sequential-fraction";
    static final String CKPT_BANDWIDTH = "checkpoint-bandwidth";
    static final String CKPT_REDUCTION = "checkpoint-reduction";
    static final String CKPT_ALL_MEMORY = "checkpoint-all-memory";
    static final String DEVICE_MEMORY = "device-memory-bytes";
    static final String CKPT_BYTES_PER_PARAM = "checkpoint-bytes-per-parameter";

    private static final String SEED_001_T3 = "seed 001 section 3.1, Table 3";

    private GpuParameters() {
    }

    static ParameterSpace of(GpuSpec spec) {
        List<Parameter> p = new ArrayList<>();
        p.add(Parameter.count(DEVICES, "devices", 100_000, "GPUs running the job",
                "decision; default from seed 004 ('100,000 high-end GPUs need upwards of 100 MW')"));
        p.add(Parameter.fixed(PEAK, "FLOP/s", spec.peakFlopsPerSecond(), "peak dense tensor throughput per GPU", spec.peakSource())
                .withBounds(Bounds.positive()));
        p.add(Parameter.uncertain(UTILIZATION, "1", spec.utilization(),
                "fraction of peak the training code sustains (MFU), before failure losses", spec.utilizationSource())
                .withBounds(Bounds.positiveFraction()));
        p.add(Parameter.uncertain(POWER, "W", spec.allInWatts(), "all-in power per GPU: device, host and network share",
                spec.powerSource()));
        p.add(Parameter.uncertain(PUE, "1", new Range(1.10, 1.20, 1.56), "facility power usage effectiveness",
                "low: Google fleet 2023 (1.10, environmental report 2024); high: industry average (1.56, Uptime"
                        + " Institute global survey 2024); nominal 1.2 assumed for a new AI facility").withBounds(Bounds.atLeast(1)));
        p.add(Parameter.uncertain(PRICE, "USD/device-hour", spec.pricePerDeviceHour(), "rental (or amortised purchase) per GPU-hour",
                spec.priceSource()));
        p.add(Parameter.uncertain(OPERATIONS, "USD/device-hour", new Range(0, 0, 0.35),
                "staff, storage and network operations per GPU-hour, when not in the rental price",
                "nominal 0: cloud rental prices include operations; high: seed 000 books ~$200M operations on"
                        + " ~576M GPU-hours (~$0.35)"));
        p.add(Parameter.uncertain(DEVICE_PRICE, "USD", spec.devicePriceUsd(), "purchase price per GPU (procurement alternative)",
                spec.devicePriceSource()));
        p.add(Parameter.uncertain(DEPLOYMENT, "month", new Range(3, 6, 12), "procurement, delivery and bring-up before training",
                "assumption: 2023-2025 data-centre GPU lead times of one to four quarters"));
        p.add(new Parameter(FAILURES, "switch", Range.of(1), Distribution.FIXED, true,
                "1: failures cost time by the Young/Daly model; 0: folded into utilization", "DESIGN 3.3; seed 001 section 3.1"));
        p.add(Parameter.fixed(GPU_MTBF, "h", 950_000, "GPU mean time between failures", SEED_001_T3 + " (A100 datasheet)")
                .withBounds(Bounds.positive()));
        p.add(Parameter.fixed(CPU_MTBF, "h", 1_500_000, "host CPU mean time between failures", SEED_001_T3)
                .withBounds(Bounds.positive()));
        p.add(Parameter.fixed(GPUS_PER_CPU, "GPU/CPU", 4, "GPUs per host CPU, for the interrupt rate", SEED_001_T3)
                .withBounds(Bounds.positive()));
        p.add(Parameter.fixed(RECOVER, "h", 2, "time to recover a failed parallel group", SEED_001_T3));
        p.add(Parameter.fixed(SEQUENTIAL, "1", 0.01, "sequential fraction, applied as weak-scaling (Gustafson) efficiency",
                SEED_001_T3 + "; Gustafson rather than Amdahl per DESIGN 3.3").withBounds(Bounds.fraction()));
        p.add(Parameter.fixed(CKPT_BANDWIDTH, "B/s", 500e9, "checkpoint file-system bandwidth", SEED_001_T3 + " (base: 500 GB/s)"));
        p.add(Parameter.fixed(CKPT_REDUCTION, "1", 0, "fraction by which checkpointed state is reduced", SEED_001_T3 + " (base: none)"));
        p.add(new Parameter(CKPT_ALL_MEMORY, "switch", Range.of(0), Distribution.FIXED, true,
                "1: checkpoint all GPU memory (seed 001's assumption); 0: model and optimizer state only",
                "DESIGN 3.3: the paper's all-memory checkpoint is its own assumption"));
        p.add(Parameter.fixed(DEVICE_MEMORY, "B", spec.memoryBytes(), "memory per GPU (checkpoint size when all memory is saved)",
                spec.memorySource()));
        p.add(Parameter.fixed(CKPT_BYTES_PER_PARAM, "B/parameter", 14,
                "checkpointed state per parameter: BF16 weights (2) + FP32 master weights and Adam moments (12)",
                "Rajbhandari et al. 2020, 'ZeRO', section 3.1 (mixed-precision Adam)"));
        return new ParameterSpace(p, profiles(spec));
    }

    private static List<Profile> profiles(GpuSpec spec) {
        List<Profile> profiles = new ArrayList<>();
        profiles.add(new Profile("current", "datasheet figures and utilisation calibrated on published runs", Map.of(),
                "the parameters' own sources"));
        profiles.add(new Profile("enhanced", "seed 001's optimized supercomputing configuration: 2 TB/s checkpoints,"
                + " 50% less checkpointed memory",
                Map.of(CKPT_BANDWIDTH, Range.of(2e12), CKPT_REDUCTION, Range.of(0.5)), "seed 001 section 3.1"));
        if (spec == GpuCatalog.H100) {
            profiles.add(seedBaseline());
        }
        return profiles;
    }

    /**
     * The values seed 000's Grok 5 baseline implies for 200,000 H100-equivalents: ~120 days, ~1.5 TWh,
     * ~$1B = hardware ~$600M + energy ~$200M + operations ~$200M. 120 days x 200,000 GPUs = 576M GPU-hours.
     */
    private static Profile seedBaseline() {
        Map<String, Range> v = new LinkedHashMap<>();
        v.put(DEVICES, Range.of(200_000));
        // 1e27 FLOP / (200,000 x 989e12 FLOP/s x 120 d x 86,400 s/d) = 0.4876: failures already folded in.
        v.put(UTILIZATION, Range.of(0.4876));
        v.put(FAILURES, Range.of(0));
        v.put(SEQUENTIAL, Range.of(0));
        // 1.5 TWh / 576M GPU-hours = 2.604 kWh per GPU-hour, all-in, facility included.
        v.put(POWER, Range.of(2604));
        v.put(PUE, Range.of(1.0));
        // $600M / 576M GPU-hours and $200M / 576M GPU-hours.
        v.put(PRICE, Range.of(1.0417));
        v.put(OPERATIONS, Range.of(0.3472));
        return new Profile("seed-000", "the values seed 000's Grok 5 baseline implies (200,000 H100-equivalents,"
                + " ~49% effective utilisation, ~2.6 kWh per GPU-hour all-in)", v,
                "seed 000, 'Baseline for Grok 5'");
    }
}
