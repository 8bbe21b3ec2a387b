package dev.cambrian.api.absolute;

import dev.cambrian.api.ParallelPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fastest tensor x pipeline x data (x expert) layout that fits in device memory, first order:
 * <ul>
 * <li>state per device (rajbhandari2020zero, 'ZeRO', sections 3.1 and 5): weights, gradients and
 * optimizer bytes per parameter on the parameters a tensor x pipeline group holds (experts also split over
 * the expert-parallel degree e), each sharded from ZeRO stage 3, 2 and 1 on over the replicas that hold
 * the same parameters: all d data-parallel devices for shared ones, d / e for an expert's;</li>
 * <li>activations: {@link Recomputation} per layer and micro-batch, for the min(m, p) micro-batches of L/p
 * layers the first pipeline stage keeps under 1F1B (korthikanti2022activation, section 4.2.3);</li>
 * <li>step = compute + tensor-parallel collectives + exposed data-parallel reduction + pipeline bubble +
 * expert all-to-all, with compute = 6 A B x recomputation / (devices x peak x kernel efficiency); tensor
 * parallelism all-gathers and reduce-scatters 2 s b h bytes 8 times a layer and micro-batch over the
 * scale-up links (Megatron-LM with sequence parallelism, korthikanti2022activation, section 4.2.2); the
 * data-parallel reduction moves 2 (d-1)/d of the gradient bytes (3 (d-1)/d under ZeRO-3, ZeRO section 7)
 * and hides behind the backward pass, two thirds of the compute (li2020pytorchddp, 'PyTorch Distributed');
 * the bubble is (p-1)/m of compute and tensor collectives (narayanan2021megatron, section 2.2.1); the
 * expert all-to-all sends each token's hidden state to top-k experts and back, forward and backward
 * (lepikhin2020gshard, 'GShard').</li>
 * </ul>
 */
public final class PlanSearch {
    static final String[] MEMORY = {"weights", "gradients", "optimizer", "activations"};
    static final String[] STEP = {"compute", "tensor-parallel", "data-parallel", "pipeline-bubble", "expert-all-to-all"};

    private PlanSearch() {
    }

    /**
     * The plan with the shortest step among those that fit in memory and in the global batch, if any. Data
     * parallelism is no wider than the sequences of one batch allow, so on more devices than that some stay idle
     * and the plan says how many it uses.
     *
     * @param in what the search needs
     * @param mode "plan" or "fitted"
     * @return the plan with the shortest step among those that fit in memory and in the global batch, if any
     */
    public static Optional<ParallelPlan> best(PlanInputs in, String mode) {
        ParallelPlan best = null;
        for (int t = 1; t <= Math.min(maxTensor(in), MAX_DEGREE); t = doubled(t)) {
            for (int p = 1; p <= Math.min(in.shape().layers(), MAX_DEGREE) && (long) t * p <= in.devices(); p = doubled(p)) {
                long d = Math.min(in.devices() / ((long) t * p), (long) Math.floor(in.sequencesPerStep() / in.microBatch()));
                if (d < 1) {
                    continue;
                }
                for (int e : expertDegrees(in, d)) {
                    for (int z = 0; z <= 3; z++) {
                        for (Recomputation r : Recomputation.values()) {
                            double[] memory = memory(in, t, p, d, e, z, r);
                            if (sum(memory) > in.usableMemoryBytes()) {
                                continue;
                            }
                            double[] step = step(in, t, p, d, e, z, r);
                            if (best == null || sum(step) < best.stepTimeSeconds() * (1 - 1e-12)) {
                                best = new ParallelPlan(t, p, d, e, z, r.id(), (long) t * p * d, named(MEMORY, memory),
                                        in.usableMemoryBytes(), named(STEP, step), in.steps(), mode);
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Memory per device of the most frugal layout on these devices: ZeRO-3, full recomputation, the best tensor x pipeline.
     *
     * @param in what the search needs
     * @return memory per device of the most frugal layout on these devices: ZeRO-3, full recomputation, the best tensor x pipeline
     */
    public static double leastMemory(PlanInputs in) {
        return leastMemory(in, 3, Recomputation.FULL);
    }

    /**
     * The least memory per device over every tensor x pipeline split of these devices (all of them data-parallel
     * replicas, as memory wants), with ZeRO and recomputation no further than given. It can only fall as devices
     * are added, which the search for the smallest cluster relies on.
     */
    static double leastMemory(PlanInputs in, int zero, Recomputation recomputation) {
        return leastMemory(in, zero, recomputation, Double.NEGATIVE_INFINITY);
    }

    /** Whether the most frugal layout fits in usable memory: {@code leastMemory(in) <= usable}, without the full search. */
    static boolean fits(PlanInputs in) {
        return leastMemory(in, 3, Recomputation.FULL, in.usableMemoryBytes()) <= in.usableMemoryBytes();
    }

    /**
     * {@link #leastMemory(PlanInputs, int, Recomputation)}, stopping at the first layout that needs at most {@code enough}
     * bytes (then returning what it needs): the same answer to "is the least at most enough" while no need is NaN.
     */
    private static double leastMemory(PlanInputs in, int zero, Recomputation recomputation, double enough) {
        double least = Double.POSITIVE_INFINITY;
        for (int t = 1; t <= Math.min(maxTensor(in), MAX_DEGREE) && t <= in.devices(); t = doubled(t)) {
            for (int p = 1; p <= Math.min(in.shape().layers(), MAX_DEGREE) && (long) t * p <= in.devices(); p = doubled(p)) {
                long d = in.devices() / ((long) t * p);
                for (int e : expertDegrees(in, d)) {
                    least = Math.min(least, sum(memory(in, t, p, d, e, zero, recomputation)));
                    if (least <= enough) {
                        return least;
                    }
                }
            }
        }
        return least;
    }

    /**
     * The fewest devices on which the most frugal layout fits, or -1 when none does (activations alone too large).
     *
     * @param in what the search needs
     * @param limit the most devices to try
     * @return the fewest devices on which the most frugal layout fits, or -1 when none does (activations alone too large)
     */
    public static long smallestFittingDevices(PlanInputs in, long limit) {
        long n = 1;
        while (leastMemory(in.onDevices(n)) > in.usableMemoryBytes()) {
            if (n >= limit) {
                return -1;
            }
            n = Math.min(limit, n * 2);
        }
        long lo = n / 2;
        long hi = n;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (leastMemory(in.onDevices(mid)) <= in.usableMemoryBytes()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Bytes per device, in the order of {@link #MEMORY}. */
    static double[] memory(PlanInputs in, int t, int p, long d, int e, int z, Recomputation r) {
        ModelShape m = in.shape();
        double shared = m.sharedParameters() / (t * (double) p);
        // an expert's replicas are the d / e data-parallel devices that host it: its state shards over those only
        double expert = m.expertParameters() / (t * (double) p * e);
        double expertReplicas = d / (double) e;
        double microBatches = in.sequencesPerStep() / (in.microBatch() * d);
        // 1F1B keeps min(m, p) micro-batches of L/p layers on the first stage (korthikanti2022activation, section 4.2.3)
        double layersKept = m.layers() * Math.min(Math.max(1, microBatches), p) / p;
        return new double[] {
            in.weightBytes() * (shared / (z >= 3 ? d : 1) + expert / (z >= 3 ? expertReplicas : 1)),
            in.gradientBytes() * (shared / (z >= 2 ? d : 1) + expert / (z >= 2 ? expertReplicas : 1)),
            in.optimizerBytes() * (shared / (z >= 1 ? d : 1) + expert / (z >= 1 ? expertReplicas : 1)),
            layersKept * r.bytesPerLayer(in.sequenceLength(), in.microBatch(), m.hidden(), m.heads(), t)
        };
    }

    /** Seconds per step, in the order of {@link #STEP}. */
    static double[] step(PlanInputs in, int t, int p, long d, int e, int z, Recomputation r) {
        ModelShape m = in.shape();
        double used = (double) t * p * d;
        double microBatches = in.sequencesPerStep() / (in.microBatch() * d);
        double tokensPerMicroBatch = in.sequenceLength() * in.microBatch();
        double compute = 6 * in.activeParameters() * in.globalBatchTokens() * r.computeFactor()
                / (used * in.peakFlops() * in.kernelEfficiency());
        double layersHere = m.layers() / p;
        double tensor = t == 1 ? 0 : layersHere * microBatches * 8 * (t - 1.0) / t * 2 * tokensPerMicroBatch * m.hidden()
                / in.scaleUpBandwidth();
        double shared = m.sharedParameters() / (t * (double) p);
        double expert = m.expertParameters() / (t * (double) p * e);
        double expertReplicas = d / (double) e;
        double dataBandwidth = used <= in.scaleUpDomain() ? in.scaleUpBandwidth() : in.scaleOutBandwidth();
        double volume = (z >= 3 ? 3 : 2) * in.gradientBytes()
                * ((d - 1.0) / d * shared + (expertReplicas > 1 ? (expertReplicas - 1) / expertReplicas * expert : 0));
        double reduction = volume / dataBandwidth;
        double data = Math.max(0, reduction - 2.0 / 3.0 * compute);
        double bubble = (p - 1) / microBatches * (compute + tensor);
        double expertBandwidth = (long) t * e <= in.scaleUpDomain() ? in.scaleUpBandwidth() : in.scaleOutBandwidth();
        // with sequence parallelism each of the t devices routes its 1/t of the tokens
        double allToAll = e == 1 ? 0 : layersHere * microBatches * 4 * in.topK() * 2 * tokensPerMicroBatch * m.hidden() / t
                * (e - 1.0) / e / expertBandwidth;
        return new double[] {compute, tensor, data, bubble, allToAll};
    }

    /**
     * Tensor parallelism stays inside one scale-up domain, within the heads, and leaves each device at least
     * {@value #MIN_COLUMNS_PER_SHARD} hidden columns: narrower shards leave matrix units idle (assumption; Megatron-LM
     * keeps tensor parallelism within an 8-GPU node, narayanan2021megatron, section 3.2).
     */
    private static int maxTensor(PlanInputs in) {
        double byWidth = Math.max(1, in.shape().hidden() / MIN_COLUMNS_PER_SHARD);
        return (int) Math.max(1, Math.min(Math.min(in.scaleUpDomain(), in.shape().heads()), byWidth));
    }

    static final double MIN_COLUMNS_PER_SHARD = 1024;

    /**
     * The largest tensor or pipeline degree tried: the largest power of two an int holds. A model of ~1e40 parameters
     * has more layers than that (and a scale-up domain set to 1e10 is read as the largest int): on as many devices the
     * doubling wrapped to a negative degree and then to 0, a division by zero.
     */
    static final int MAX_DEGREE = 1 << 30;

    /** The next degree, twice d; past {@link #MAX_DEGREE} one above it, which ends the loop (2d would wrap). */
    private static int doubled(int d) {
        return d >= MAX_DEGREE ? MAX_DEGREE + 1 : d * 2;
    }

    /** Expert-parallel degrees: divisors of the expert count that the data-parallel replicas can host. */
    static int[] expertDegrees(PlanInputs in, long d) {
        if (!in.shape().moe()) {
            return new int[] {1};
        }
        // the degrees dividing both the experts and the data-parallel devices, smallest first: the divisors of their
        // greatest common divisor, found up to its square root (a loop over every expert count took 20 s at 1e9 experts)
        long g = gcd(in.experts(), d);
        return java.util.stream.LongStream.rangeClosed(1, (long) Math.sqrt(g)).filter(i -> g % i == 0)
                .flatMap(i -> i * i == g ? java.util.stream.LongStream.of(i) : java.util.stream.LongStream.of(i, g / i))
                .sorted().mapToInt(i -> (int) i).toArray();
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static double sum(double[] parts) {
        double s = 0;
        for (double v : parts) {
            s += v;
        }
        return s;
    }

    private static Map<String, Double> named(String[] names, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return m;
    }
}
