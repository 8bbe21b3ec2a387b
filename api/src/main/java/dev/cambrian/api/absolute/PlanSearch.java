package dev.cambrian.api.absolute;

import dev.cambrian.api.ParallelPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fastest tensor x pipeline x data (x expert) layout that fits in device memory, first order:
 * <ul>
 * <li>state per device (Rajbhandari et al. 2020, 'ZeRO', sections 3.1 and 5): weights, gradients and
 * optimizer bytes per parameter on the parameters a tensor x pipeline (x expert) group holds, each sharded
 * over the data-parallel replicas from ZeRO stage 3, 2 and 1 on;</li>
 * <li>activations: {@link Recomputation} per layer and micro-batch, for all layers (the first pipeline stage
 * keeps p micro-batches of L/p layers under 1F1B; Korthikanti et al. 2022, section 4.2.3);</li>
 * <li>step = compute + tensor-parallel collectives + exposed data-parallel reduction + pipeline bubble +
 * expert all-to-all, with compute = 6 A B x recomputation / (devices x peak x kernel efficiency); tensor
 * parallelism all-gathers and reduce-scatters 2 s b h bytes 8 times a layer and micro-batch over the
 * scale-up links (Megatron-LM with sequence parallelism, Korthikanti et al. 2022, section 4.2.2); the
 * data-parallel reduction moves 2 (d-1)/d of the gradient bytes (3 (d-1)/d under ZeRO-3, ZeRO section 7)
 * and hides behind the backward pass, two thirds of the compute (Li et al. 2020, 'PyTorch Distributed');
 * the bubble is (p-1)/m of compute and tensor collectives (Narayanan et al. 2021, section 2.2.1); the
 * expert all-to-all sends each token's hidden state to top-k experts and back, forward and backward
 * (Lepikhin et al. 2020, 'GShard').</li>
 * </ul>
 */
public final class PlanSearch {
    static final String[] MEMORY = {"weights", "gradients", "optimizer", "activations"};
    static final String[] STEP = {"compute", "tensor-parallel", "data-parallel", "pipeline-bubble", "expert-all-to-all"};

    private PlanSearch() {
    }

    /** The plan with the shortest step among those that fit in memory and in the global batch, if any. */
    public static Optional<ParallelPlan> best(PlanInputs in, String mode) {
        return bestWithin(in, 3, Recomputation.FULL, mode);
    }

    private static Optional<ParallelPlan> bestWithin(PlanInputs in, int maxZero, Recomputation maxRecomputation, String mode) {
        ParallelPlan best = null;
        for (int t = 1; t <= maxTensor(in); t *= 2) {
            for (int p = 1; p <= in.shape().layers() && (long) t * p <= in.devices(); p *= 2) {
                long d = in.devices() / ((long) t * p);
                if (d > in.sequencesPerStep() / in.microBatch()) {
                    continue; // more replicas than sequences in a batch
                }
                for (int e : expertDegrees(in, d)) {
                    for (int z = 0; z <= maxZero; z++) {
                        for (Recomputation r : Recomputation.values()) {
                            if (r.ordinal() > maxRecomputation.ordinal()) {
                                continue;
                            }
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

    /** Memory per device of the most frugal layout on these devices: widest tensor and pipeline, ZeRO-3, full recomputation. */
    public static double leastMemory(PlanInputs in) {
        return leastMemory(in, 3, Recomputation.FULL);
    }

    /** The same, with ZeRO and recomputation no further than given. */
    static double leastMemory(PlanInputs in, int zero, Recomputation recomputation) {
        int t = Integer.highestOneBit(Math.max(1, (int) Math.min(maxTensor(in), in.devices())));
        int p = 1;
        while (p * 2 <= in.shape().layers() && (long) t * p * 2 <= in.devices()) {
            p *= 2;
        }
        long d = in.devices() / ((long) t * p);
        int[] e = expertDegrees(in, d);
        return sum(memory(in, t, p, d, e[e.length - 1], zero, recomputation));
    }

    /** The fewest devices on which the most frugal layout fits, or -1 when none does (activations alone too large). */
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
        double perGroup = m.sharedParameters() / (t * (double) p) + m.expertParameters() / (t * (double) p * e);
        return new double[] {
            in.weightBytes() * perGroup / (z >= 3 ? d : 1),
            in.gradientBytes() * perGroup / (z >= 2 ? d : 1),
            in.optimizerBytes() * perGroup / (z >= 1 ? d : 1),
            m.layers() * r.bytesPerLayer(in.sequenceLength(), in.microBatch(), m.hidden(), m.heads(), t)
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
        double perGroup = m.sharedParameters() / (t * (double) p) + m.expertParameters() / (t * (double) p * e);
        double dataBandwidth = used <= in.scaleUpDomain() ? in.scaleUpBandwidth() : in.scaleOutBandwidth();
        double reduction = (z >= 3 ? 3 : 2) * (d - 1.0) / d * in.gradientBytes() * perGroup / dataBandwidth;
        double data = Math.max(0, reduction - 2.0 / 3.0 * compute);
        double bubble = (p - 1) / microBatches * (compute + tensor);
        double expertBandwidth = (long) t * e <= in.scaleUpDomain() ? in.scaleUpBandwidth() : in.scaleOutBandwidth();
        double allToAll = e == 1 ? 0 : layersHere * microBatches * 4 * in.topK() * 2 * tokensPerMicroBatch * m.hidden()
                * (e - 1.0) / e / expertBandwidth;
        return new double[] {compute, tensor, data, bubble, allToAll};
    }

    /** Tensor parallelism stays inside one scale-up domain and within the heads. */
    private static int maxTensor(PlanInputs in) {
        return (int) Math.max(1, Math.min(in.scaleUpDomain(), in.shape().heads()));
    }

    /** Expert-parallel degrees: divisors of the expert count that the data-parallel replicas can host. */
    private static int[] expertDegrees(PlanInputs in, long d) {
        if (!in.shape().moe()) {
            return new int[] {1};
        }
        return java.util.stream.IntStream.rangeClosed(1, in.experts())
                .filter(e -> in.experts() % e == 0 && e <= d).toArray();
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
