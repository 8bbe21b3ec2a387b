package dev.cambrian.api.absolute;

import static dev.cambrian.api.absolute.AbsoluteParameters.*;

import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.formula.Reliability;
import java.util.Arrays;
import java.util.Set;

/**
 * {@link AbsoluteTime} on a batch, allocating nothing per sample (docs/uncertainty.md). What decides whether a
 * run is possible at all (precision, devices, memory) is checked by the scalar code's own tests: the precision
 * once per batch, the cluster's limit and memory once per distinct device count in it; the per-sample
 * arithmetic is the scalar formulas' own, in the same order, so each sample equals the scalar path bit for bit
 * (NaN where the scalar path throws). When a parameter outside {@link #PER_SAMPLE} varies (a sampled memory
 * size; a peak at 8 bits or fewer) or the plan decides the time (plan-mode 1), every sample goes through the
 * scalar path instead.
 */
final class AbsoluteTimeBatch {
    /** Parameters the per-sample arithmetic reads; any other one varying sends the batch down the scalar path. */
    static final Set<String> PER_SAMPLE = Set.of(DEVICES, UTILIZATION, MFU_REFERENCE, MFU_SIZE, MFU_DEVICES, MFU_NETWORK, MFU_MOE,
            MFU_FP8, MFU_FIRST_YEAR, MFU_RESIDUAL, FIRST_AVAILABLE, NETWORK_BYTES_PER_FLOP, SEQUENTIAL, DEVICE_MTBF, CPU_MTBF,
            DEVICES_PER_CPU, RECOVER, CKPT_BANDWIDTH, CKPT_REDUCTION,
            // read by the other models only
            POWER, PUE, PRICE, OPERATIONS, DEVICE_PRICE, DEPLOYMENT, TDP, VENDOR_MARGIN);

    private AbsoluteTimeBatch() {
    }

    /**
     * Whether the batch can take the per-sample path. A peak may vary too at 16 bits and more: memory and
     * feasibility do not read it, and only a lower precision compares peaks to choose the utilization's.
     */
    static boolean eligible(ParameterBatch p) {
        boolean wide = p.column(PRECISION)[0] >= 16;
        for (int k = 0; k < p.space().size(); k++) {
            String name = p.space().parameters().get(k).name();
            if (p.varies(k) && !PER_SAMPLE.contains(name) && !(wide && name.startsWith(PEAK))) {
                return false;
            }
        }
        return !AbsoluteParameters.planModeOn(p.column(PLAN_MODE)[0]);
    }

    /** Fills {@code seconds}; call only when {@link #eligible}. */
    static void fill(DeviceSpec spec, AbsoluteTime scalar, ModelBatch batch, double[] seconds) {
        ParameterBatch p = batch.parameters();
        int size = batch.size();
        ModelInput first = batch.template().withParameters(p.sample(0));
        Precision precision;
        try { // the scalar path's first test, on values no sample changes
            precision = scalar.precision(first);
        } catch (InfeasibleException e) {
            Arrays.fill(seconds, 0, size, Double.NaN);
            return;
        }
        double[] peak = p.column(peakName(precision));
        double[] deviceCount = p.column(DEVICES);
        Utilization.Features f = AbsoluteTime.features(first, deviceCount[0], AbsoluteParameters.effectivePrecision(first.parameters(), precision));
        Clusters clusters = new Clusters(first, peak[0], deviceCount, size, p.varies(DEVICES));
        double flop = first.workload().trainingFlop();
        boolean failures = first.parameter(FAILURES) >= 1;
        Utilization.Domain d = ShippedFit.DOMAIN;
        double active = Utilization.Domain.within(f.activeParameters(), d.minActiveParameters(), d.maxActiveParameters());
        int bits = f.precision().bits();
        int year = first.economics().year();

        double[] set = p.column(UTILIZATION);
        double[] reference = p.column(MFU_REFERENCE);
        double[] sizeExp = p.column(MFU_SIZE);
        double[] devicesExp = p.column(MFU_DEVICES);
        double[] networkExp = p.column(MFU_NETWORK);
        double[] moeFactor = p.column(MFU_MOE);
        double[] fp8Factor = p.column(MFU_FP8);
        double[] firstYear = p.column(MFU_FIRST_YEAR);
        double[] residual = p.column(MFU_RESIDUAL);
        double[] available = p.column(FIRST_AVAILABLE);
        double[] network = p.column(NETWORK_BYTES_PER_FLOP);
        double[] sequential = p.column(SEQUENTIAL);
        double[] deviceMtbf = p.column(DEVICE_MTBF);
        double[] cpuMtbf = p.column(CPU_MTBF);
        double[] perCpu = p.column(DEVICES_PER_CPU);
        double[] recover = p.column(RECOVER);
        double[] bandwidth = p.column(CKPT_BANDWIDTH);
        double[] reduction = p.column(CKPT_REDUCTION);
        boolean devicesVary = p.varies(DEVICES);
        boolean fittedVaries = devicesVary || p.varies(MFU_REFERENCE) || p.varies(MFU_SIZE) || p.varies(MFU_DEVICES)
                || p.varies(MFU_NETWORK) || p.varies(MFU_MOE) || p.varies(MFU_FP8) || p.varies(MFU_FIRST_YEAR)
                || p.varies(FIRST_AVAILABLE) || p.varies(NETWORK_BYTES_PER_FLOP);
        double fitted = Double.NaN;
        // the useful fraction and the scaling efficiency, once when none of their inputs varies (the same value each sample)
        boolean usefulVaries = failures && (devicesVary || p.varies(DEVICE_MTBF) || p.varies(CPU_MTBF) || p.varies(DEVICES_PER_CPU)
                || p.varies(CKPT_REDUCTION) || p.varies(CKPT_BANDWIDTH) || p.varies(RECOVER));
        boolean scalingVaries = devicesVary || p.varies(SEQUENTIAL);
        double fixedUseful = Double.NaN;
        double fixedScaling = Reliability.gustafsonEfficiency(deviceCount[0], sequential[0]);
        for (int i = 0; i < size; i++) {
            Cluster cluster = clusters.of(i);
            if (cluster == null) {
                seconds[i] = Double.NaN; // over the vendor's limit, or no layout fits in memory
                continue;
            }
            double n = cluster.devices();
            double useful = 1.0;
            if (failures && !usefulVaries && !Double.isNaN(fixedUseful)) {
                useful = fixedUseful;
                if (useful <= 0) {
                    seconds[i] = Double.NaN;
                    continue;
                }
            } else if (failures) {
                double mtti = AbsoluteTime.meanHoursBetweenInterrupts(n, deviceMtbf[i], cpuMtbf[i], perCpu[i]);
                double checkpointHours = AbsoluteTime.checkpointHours(AbsoluteTime.checkpointBytes(cluster.stateBytes(), reduction[i]),
                        bandwidth[i]);
                useful = Reliability.usefulFraction(checkpointHours, mtti, recover[i]);
                fixedUseful = useful;
                if (useful <= 0) {
                    seconds[i] = Double.NaN;
                    continue;
                }
            }
            double utilization;
            if (AbsoluteParameters.utilizationSet(set[i])) {
                utilization = set[i];
            } else {
                if (fittedVaries || Double.isNaN(fitted)) {
                    double net = Utilization.Domain.within(network[i], d.minNetworkBytesPerFlop(), d.maxNetworkBytesPerFlop());
                    fitted = Utilization.predict(active, cluster.devicesInDomain(), net, f.moe(), bits,
                            Utilization.Features.hardwareAgeYears(year, available[i]), reference[i], sizeExp[i], devicesExp[i],
                            networkExp[i], moeFactor[i], fp8Factor[i], firstYear[i]);
                }
                utilization = AbsoluteTime.utilization(fitted, residual[i]);
            }
            double scaling = scalingVaries ? Reliability.gustafsonEfficiency(n, sequential[i]) : fixedScaling;
            seconds[i] = flop / AbsoluteTime.sustained(n, peak[i], utilization, scaling, useful);
        }
    }

    /**
     * What a sample's time takes from its cluster size alone: the checkpointed state and the device count the
     * fitted utilization reads (clamped to the fit's domain).
     */
    private record Cluster(double devices, double stateBytes, double devicesInDomain) {
    }

    /**
     * The cluster of each sample, null where the scalar path throws for its size (more devices than the vendor
     * builds, or no layout that fits in memory): worked out once per distinct size in the batch, so a batch whose
     * sizes are mostly infeasible costs a lookup a sample instead of an exception and its message.
     */
    private static final class Clusters {
        private final double[] deviceCount;
        private final double[] sizes; // the distinct sizes, sorted
        private final Cluster[] clusters; // by place in sizes

        Clusters(ModelInput first, double peak, double[] deviceCount, int size, boolean vary) {
            this.deviceCount = deviceCount;
            double[] sorted = Arrays.copyOf(deviceCount, vary ? size : 1);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || Double.compare(sorted[i], sorted[distinct - 1]) != 0) {
                    sorted[distinct++] = sorted[i];
                }
            }
            this.sizes = Arrays.copyOf(sorted, distinct);
            this.clusters = new Cluster[distinct];
            Utilization.Domain d = ShippedFit.DOMAIN;
            for (int k = 0; k < distinct; k++) {
                double n = sizes[k];
                if (Planning.withinLimit(first, n) && Planning.fits(Planning.inputs(first, n, peak))) {
                    clusters[k] = new Cluster(n, AbsoluteTime.checkpointStateBytes(first, n),
                            Utilization.Domain.within(n, d.minDevices(), d.maxDevices())); // the features' count is n as given
                }
            }
        }

        /** The cluster of sample i, or null when it has no valid answer. */
        Cluster of(int i) {
            return clusters.length == 1 ? clusters[0] : clusters[Arrays.binarySearch(sizes, deviceCount[i])];
        }
    }
}
