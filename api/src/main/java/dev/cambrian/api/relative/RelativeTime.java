package dev.cambrian.api.relative;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.SpeedupModel;
import dev.cambrian.api.TimeEstimate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Training time relative to the baseline. Seed arithmetic: baseline time / headline speedup. Class by
 * class: Amdahl per class over the coverage in force, the rest at baseline speed on the fleet kept,
 * plus the conversion overhead at the domain boundary.
 */
final class RelativeTime implements SpeedupModel {
    private final TechnologySpec spec;
    private final BatchCoverage batchCoverage;

    RelativeTime(TechnologySpec spec, BatchCoverage batchCoverage) {
        this.spec = spec;
        this.batchCoverage = batchCoverage;
    }

    static ReferenceRun reference(ModelInput in) {
        return in.reference().orElseThrow(() -> new InfeasibleException(
                "no baseline result to apply relative factors to: the scenario's baseline backend is not loaded, or has no"
                        + " valid answer in this sample"));
    }

    @Override
    public TimeEstimate estimate(ModelInput in) {
        ReferenceRun ref = reference(in);
        List<Derivation> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        double refSeconds = ref.time().trainingSeconds();
        if (Coverage.seedArithmetic(in)) {
            double s = in.parameter(SPEEDUP);
            ref.time().secondsByClass().forEach((c, t) -> byClass.put(c, t / s));
            double total = refSeconds / s;
            if (in.explain()) {
                steps.add(new Derivation("training time", total, "s", "baseline time / headline speedup (seed arithmetic)",
                        Derivation.number(refSeconds) + " s / " + s + " x", "grok2025althw, as its tables compute it"));
            }
            warnings.add("seed arithmetic: the headline " + Derivation.number(s) + "x is applied to the whole run; coverage and limits"
                    + " are ignored, as grok2025althw does");
            Map<OperationClass, Double> whole = new EnumMap<>(OperationClass.class);
            byClass.keySet().forEach(c -> whole.put(c, 1.0));
            for (Limit caveat : spec.limits()) {
                if (caveat.caveatOnly()) {
                    caveat.apply(in, whole, warnings, steps);
                }
            }
            return new TimeEstimate(total, byClass, 0, steps, warnings);
        }
        Map<OperationClass, Double> coverage = Coverage.of(spec, in, warnings, steps);
        double fleetScale = fleetScale(in, ref, warnings);
        Map<OperationClass, Double> left = ref.forWorkLeftOnBaseline().time().secondsByClass();
        double techSeconds = 0;
        double conversion = in.parameter(CONVERSION);
        // the boundary is crossed by the work on the technology: each class brings its own part of the overhead, so a
        // compound that gives this backend only some classes pays only theirs
        Map<OperationClass, Double> overheadByClass = new EnumMap<>(OperationClass.class);
        for (Map.Entry<OperationClass, Double> e : ref.time().secondsByClass().entrySet()) {
            OperationClass c = e.getKey();
            double k = coverage.getOrDefault(c, 0.0);
            double s = k > 0 ? in.parameter(speedup(c)) : 1;
            double onTechnology = onTechnology(e.getValue(), k, s);
            byClass.put(c, classSeconds(onTechnology, left.getOrDefault(c, 0.0), k, fleetScale));
            overheadByClass.put(c, onTechnology * conversion);
            techSeconds += onTechnology;
            if (k > 0 && in.explain()) {
                steps.add(new Derivation("time of " + c.id(), byClass.get(c), "s",
                        "t_ref x ((1 - coverage) x fleet scale + coverage / speedup)",
                        Derivation.number(e.getValue()) + " s, coverage " + Derivation.number(k) + ", " + Derivation.number(s) + " x, fleet scale " + Derivation.number(fleetScale),
                        "docs/models.md §4 (Amdahl over classes); " + spec.classes().get(c).source()));
            }
        }
        double overhead = techSeconds * conversion;
        double sum = 0; // in class order, as the batch path adds them
        for (double t : byClass.values()) {
            sum += t;
        }
        double total = sum + overhead;
        if (in.explain()) {
            steps.add(new Derivation("conversion overhead", overhead, "s", "time on the technology x conversion overhead",
                    Derivation.number(techSeconds) + " s x " + in.parameter(CONVERSION), "parameter " + CONVERSION));
            steps.add(new Derivation("training time", total, "s", "sum over classes + conversion overhead",
                    "speedup over baseline " + Derivation.number(refSeconds / total) + " x", "docs/models.md §4"));
        }
        return new TimeEstimate(total, byClass, overhead, steps, warnings).withOverheadByClass(overheadByClass);
    }

    @Override
    public void trainingSeconds(ModelBatch batch, double[] seconds) {
        ParameterBatch p = batch.parameters();
        if (!RelativeBatch.perSample(p)) {
            SpeedupModel.super.trainingSeconds(batch, seconds);
            return;
        }
        int size = batch.size();
        ReferenceColumns ref = RelativeBatch.reference(batch);
        if (ref == null) {
            java.util.Arrays.fill(seconds, 0, size, Double.NaN);
            return;
        }
        double refSeconds = ref.nominal().time().trainingSeconds();
        if (RelativeBatch.seedArithmetic(p)) {
            double[] s = p.column(SPEEDUP);
            for (int i = 0; i < size; i++) {
                seconds[i] = ref.valid(i) ? refSeconds * ref.timeScale(i) / s[i] : Double.NaN;
            }
            return;
        }
        double[][] coverage = batchCoverage.of(batch);
        double[] nominal = RelativeBatch.byClass(ref.nominal().time().secondsByClass());
        double[] left = RelativeBatch.byClassOrZero(ref.nominal().forWorkLeftOnBaseline().time().secondsByClass());
        double[][] speedup = new double[RelativeBatch.CLASSES.length][];
        for (OperationClass c : spec.classes().keySet()) {
            speedup[c.ordinal()] = p.column(speedup(c));
        }
        double[] conversion = p.column(CONVERSION);
        double[] fleet = p.space().indexOf(FLEET) >= 0 ? p.column(FLEET) : null;
        double refDevices = ref.nominal().hardware().devices().get(0).count();
        for (int i = 0; i < size; i++) {
            if (!ref.valid(i)) {
                seconds[i] = Double.NaN;
                continue;
            }
            double ts = ref.timeScale(i);
            double fleetScale = fleet == null ? 1 : fleetScale(refDevices, fleet[i]);
            double techSeconds = 0;
            double sum = 0;
            for (int c = 0; c < nominal.length; c++) {
                if (Double.isNaN(nominal[c])) {
                    continue;
                }
                double k = RelativeBatch.at(coverage, c, i);
                double s = k > 0 ? speedup[c][i] : 1;
                double onTechnology = onTechnology(nominal[c] * ts, k, s);
                sum += classSeconds(onTechnology, left[c] * ts, k, fleetScale);
                techSeconds += onTechnology;
            }
            seconds[i] = sum + techSeconds * conversion[i];
        }
    }

    /**
     * Work left on the baseline runs on the fleet the hybrid keeps: slower if it keeps fewer GPUs. A fleet larger than
     * the reference run's is said in {@code warnings}: the run is computed, and billed, on the reference's devices.
     */
    static double fleetScale(ModelInput in, ReferenceRun ref, List<String> warnings) {
        if (in.parameters().space().indexOf(FLEET) < 0) {
            return 1;
        }
        double refDevices = ref.hardware().devices().get(0).count();
        double fleet = in.parameter(FLEET);
        if (fleet > refDevices) {
            warnings.add(String.format(java.util.Locale.ROOT, "%s (%,d) is more than the reference run's %,d devices: the"
                    + " hybrid is computed on the reference's %,d (time, energy and cost), since the reference's time holds"
                    + " only for its own device count; set the baseline's devices to %,d to compute it at the hybrid's fleet",
                    FLEET, (long) fleet, (long) refDevices, (long) refDevices, (long) fleet));
        }
        return fleetScale(refDevices, fleet);
    }

    /**
     * The baseline's devices over the fleet the hybrid keeps, at least 1. Fewer GPUs than the reference run take
     * proportionally longer (an upper bound: a smaller fleet runs each GPU at least as well). More GPUs are not modelled:
     * the reference run's time holds only for its own device count, so the run is computed and billed on the reference's
     * devices ({@link RelativeHardware}); scaling it down linearly made a hybrid that keeps 200,000 GPUs beside a 1,000-GPU
     * baseline run 196 times faster than that baseline, from GPUs alone (API 1.4.4).
     */
    static double fleetScale(double refDevices, double fleet) {
        return Math.max(1, refDevices / fleet);
    }

    /** A class's covered share, run on the technology: baseline time x coverage / speedup (docs/models.md §4). */
    static double onTechnology(double refSeconds, double coverage, double speedup) {
        return refSeconds * coverage / speedup;
    }

    /**
     * Amdahl per class (docs/models.md §4): the covered share on the technology, plus the uncovered share, which
     * stays on the baseline (improved by any levers) at the fleet's scale.
     */
    static double classSeconds(double onTechnology, double leftSeconds, double coverage, double fleetScale) {
        return onTechnology + leftSeconds * (1 - coverage) * fleetScale;
    }

}
