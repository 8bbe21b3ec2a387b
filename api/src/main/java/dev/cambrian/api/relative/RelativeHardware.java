package dev.cambrian.api.relative;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.HardwareModel;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.formula.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The technology's devices, bought and expensed to the run as grok2025althw costs them, plus the baseline
 * GPU fleet when work stays on it (or the hybrid always keeps one), rented at the baseline's price
 * per device-hour; plus the fixed premium.
 */
final class RelativeHardware implements HardwareModel {
    private final TechnologySpec spec;
    private final BatchCoverage batchCoverage;

    RelativeHardware(TechnologySpec spec, BatchCoverage batchCoverage) {
        this.spec = spec;
        this.batchCoverage = batchCoverage;
    }

    @Override
    public HardwareEstimate estimate(ModelInput in, TimeEstimate time) {
        ReferenceRun ref = RelativeTime.reference(in);
        double hours = Units.hours(time.trainingSeconds());
        List<DeviceCount> devices = new ArrayList<>();
        List<Derivation> steps = new ArrayList<>();
        double hardware = 0;
        double operations = 0;
        if (spec.deviceKind() != null) {
            double units = in.parameter(UNITS);
            devices.add(new DeviceCount(spec.deviceKind(), units, units * hours));
            double price = in.parameter(UNIT_PRICE);
            hardware += units * price;
            if (in.explain()) {
                steps.add(new Derivation("devices cost", units * price, "USD", "units x unit price",
                        (long) units + " x $" + price, "parameter " + UNIT_PRICE));
            }
        }
        boolean seed = Coverage.seedArithmetic(in);
        Map<OperationClass, Double> coverage = spec.holdsBaselineFleet() || seed ? null
                : Coverage.of(spec, in, new ArrayList<>(), new ArrayList<>());
        boolean fleet = spec.holdsBaselineFleet() || (coverage != null && Coverage.leavesWorkOnBaseline(in, coverage));
        if (fleet) {
            DeviceCount base = ref.hardware().devices().get(0);
            double count = in.parameters().space().indexOf(FLEET) >= 0 ? in.parameter(FLEET) : base.count();
            if (!seed) {
                count = Math.min(count, base.count()); // GPUs beyond the reference run's are not modelled (RelativeTime.fleetScale)
            }
            // the seed's "~2,000 GPUs effective" with its 100x-faster run counts the reduction twice (100x fewer computations
            // on 100x fewer devices would take the baseline's time): only its arithmetic bills the effective devices; the
            // model runs the reduced work on the fleet its time and energy were computed on
            if (seed && in.parameters().space().indexOf(FLEET_REDUCTION) >= 0) {
                count = effectiveCount(count, in.parameter(FLEET_REDUCTION));
                if (in.explain()) {
                    steps.add(new Derivation("effective devices", count, "devices", "baseline devices / effective-device reduction",
                            (long) base.count() + " / " + in.parameter(FLEET_REDUCTION), "parameter " + FLEET_REDUCTION));
                }
            }
            double deviceHours = count * hours;
            double pricePerHour = ref.forWorkLeftOnBaseline().hardwareUsdPerDeviceHour();
            double opsPerHour = ref.forWorkLeftOnBaseline().operationsUsdPerDeviceHour();
            // only for the classes left whole on the baseline, which a compound assigns itself; a class covered in part
            // runs its rest on this fleet, which a compound then keeps for this member
            devices.add(new DeviceCount(base.kind(), count, deviceHours, coverage != null && Coverage.wholeOrNone(in, coverage)));
            hardware += deviceHours * pricePerHour;
            operations += deviceHours * opsPerHour;
            if (in.explain()) {
                steps.add(new Derivation("baseline fleet cost", deviceHours * (pricePerHour + opsPerHour), "USD",
                        "fleet device-hours x baseline (price + operations) per device-hour",
                        (long) count + " x " + Derivation.number(hours) + " h x $" + Derivation.number(pricePerHour + opsPerHour),
                        "baseline " + ref.backendId() + (spec.holdsBaselineFleet() ? "" : "; work left on the baseline")));
            }
        }
        double premium = in.parameter(PREMIUM);
        hardware += premium;
        if (in.explain()) {
            steps.add(new Derivation("premium", premium, "USD", "fixed premium on the run", "", "parameter " + PREMIUM));
        }
        return new HardwareEstimate(devices, hardware, operations, steps, List.of());
    }

    @Override
    public void costUsd(ModelBatch batch, double[] seconds, double[] hardwareUsd, double[] operationsUsd) {
        ParameterBatch p = batch.parameters();
        ReferenceColumns ref = RelativeBatch.reference(batch);
        if (!RelativeBatch.perSample(p) || ref == null) {
            HardwareModel.super.costUsd(batch, seconds, hardwareUsd, operationsUsd);
            return;
        }
        Fleet fleet = new Fleet(batch, ref);
        double[] units = spec.deviceKind() != null ? p.column(UNITS) : null;
        double[] unitPrice = spec.deviceKind() != null ? p.column(UNIT_PRICE) : null;
        double[] premium = p.column(PREMIUM);
        ReferenceRun left = ref.nominal().forWorkLeftOnBaseline();
        double leftHardware = left.hardware().hardwareCostUsd();
        double leftOperations = left.hardware().operationsCostUsd();
        double leftDeviceHours = left.hardware().devices().get(0).deviceHours();
        for (int i = 0; i < batch.size(); i++) {
            if (Double.isNaN(seconds[i])) {
                hardwareUsd[i] = Double.NaN;
                operationsUsd[i] = Double.NaN;
                continue;
            }
            double hours = Units.hours(seconds[i]);
            double hardware = 0;
            double operations = 0;
            if (units != null) {
                hardware += units[i] * unitPrice[i];
            }
            if (fleet.held(i)) {
                double deviceHours = fleet.count(i) * hours;
                // the baseline's price per device-hour as ReferenceRun#hardwareUsdPerDeviceHour gives it for the run
                // ReferenceColumns#at scales (the TCK holds the two paths equal bit for bit), without building that run
                double leftHours = leftDeviceHours * ref.timeScale(i);
                double pricePerHour = leftHardware * ref.hardwareScale(i) / leftHours;
                double opsPerHour = leftOperations * ref.operationsScale(i) / leftHours;
                hardware += deviceHours * pricePerHour;
                operations += deviceHours * opsPerHour;
            }
            hardwareUsd[i] = hardware + premium[i];
            operationsUsd[i] = operations;
        }
    }

    @Override
    public Map<String, double[]> deviceHours(ModelBatch batch, double[] seconds) {
        ParameterBatch p = batch.parameters();
        ReferenceColumns ref = RelativeBatch.reference(batch);
        if (!RelativeBatch.perSample(p) || ref == null) {
            return HardwareModel.super.deviceHours(batch, seconds);
        }
        Fleet fleet = new Fleet(batch, ref);
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] units = spec.deviceKind() != null ? p.column(UNITS) : null;
        double[] own = units != null ? out.computeIfAbsent(spec.deviceKind(), k -> new double[batch.size()]) : null;
        double[] base = out.computeIfAbsent(ref.nominal().hardware().devices().get(0).kind(), k -> new double[batch.size()]);
        for (int i = 0; i < batch.size(); i++) {
            if (Double.isNaN(seconds[i])) {
                for (double[] column : out.values()) {
                    column[i] = Double.NaN;
                }
                continue;
            }
            double hours = Units.hours(seconds[i]);
            if (own != null) {
                own[i] += units[i] * hours;
            }
            if (fleet.held(i)) {
                base[i] += fleet.count(i) * hours;
            }
        }
        return out;
    }

    /** Whether sample i keeps a baseline fleet, and of how many devices, as {@link #estimate} decides it. */
    private final class Fleet {
        private final boolean seed;
        private final double[][] coverage;
        private final double[] mix;
        private final double[] size;
        private final double[] reduction;
        private final double baseCount;

        Fleet(ModelBatch batch, ReferenceColumns ref) {
            ParameterBatch p = batch.parameters();
            seed = RelativeBatch.seedArithmetic(p);
            coverage = spec.holdsBaselineFleet() || seed ? null : batchCoverage.of(batch);
            mix = RelativeBatch.byClassOrZero(batch.template().workload().mix().fractions());
            size = p.space().indexOf(FLEET) >= 0 ? p.column(FLEET) : null;
            reduction = seed && p.space().indexOf(FLEET_REDUCTION) >= 0 ? p.column(FLEET_REDUCTION) : null; // as estimate
            baseCount = ref.nominal().hardware().devices().get(0).count();
        }

        boolean held(int i) {
            return spec.holdsBaselineFleet() || (!seed && leavesWorkOnBaseline(mix, coverage, i));
        }

        double count(int i) {
            double count = size != null ? size[i] : baseCount;
            if (!seed) {
                count = Math.min(count, baseCount); // as the scalar path: GPUs beyond the reference run's are not modelled
            }
            return reduction != null ? effectiveCount(count, reduction[i]) : count;
        }
    }

    /** The baseline devices the hybrid keeps under an effective-device reduction: fleet / reduction, rounded, at least 1. */
    static double effectiveCount(double fleet, double reduction) {
        return Math.max(1, Math.round(fleet / reduction));
    }

    /** {@link Coverage#leavesWorkOnBaseline} for sample i. */
    private static boolean leavesWorkOnBaseline(double[] mix, double[][] coverage, int i) {
        for (int c = 0; c < mix.length; c++) {
            if (mix[c] > 0 && RelativeBatch.at(coverage, c, i) < 1) {
                return true;
            }
        }
        return false;
    }
}
