package dev.cambrian.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline's own sampled figures, one per sample of a batch (docs/uncertainty.md): relative models are
 * applied to the baseline of the same sample, so the baseline's uncertainty reaches them, correlated.
 * A sample's baseline is the nominal reference run scaled: its time split by class, its energy split,
 * its device-hours and costs each multiplied by the sample's ratio to the nominal total ({@link #at}).
 * The split between classes and the device count stay as in the nominal run. The improved baseline
 * (levers in force), when there is one, is scaled by the same ratios. Columns are read-only by contract.
 */
public final class ReferenceColumns {
    private final ReferenceRun nominal;
    private final double[] seconds;
    private final double[] joules;
    private final double[] hardwareUsd;
    private final double[] operationsUsd;

    /**
     * The baseline's figures per sample, each column at least as long as the batches it serves.
     *
     * @param nominal       the baseline's nominal run, which sample figures scale
     * @param seconds       training seconds per sample, NaN where the baseline has no valid answer
     * @param joules        energy per sample, NaN where the baseline has no valid answer
     * @param hardwareUsd   hardware cost per sample
     * @param operationsUsd operations cost per sample
     */
    public ReferenceColumns(ReferenceRun nominal, double[] seconds, double[] joules, double[] hardwareUsd,
                            double[] operationsUsd) {
        if (nominal == null || seconds == null || joules == null || hardwareUsd == null || operationsUsd == null) {
            throw new IllegalArgumentException("reference columns need the nominal run and four columns");
        }
        this.nominal = nominal;
        this.seconds = seconds;
        this.joules = joules;
        this.hardwareUsd = hardwareUsd;
        this.operationsUsd = operationsUsd;
    }

    /**
     * The same nominal run in every sample: no baseline uncertainty (or none sampled).
     *
     * @param nominal the baseline's nominal run
     * @param size    samples in the batches served
     * @return columns that repeat the nominal figures
     */
    public static ReferenceColumns fixed(ReferenceRun nominal, int size) {
        double[] s = filled(size, nominal.time().trainingSeconds());
        double[] j = filled(size, nominal.energy().joules());
        double[] h = filled(size, nominal.hardware().hardwareCostUsd());
        double[] o = filled(size, nominal.hardware().operationsCostUsd());
        return new ReferenceColumns(nominal, s, j, h, o);
    }

    private static double[] filled(int size, double value) {
        double[] out = new double[size];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /**
     * The baseline's nominal run, which the per-sample figures scale.
     *
     * @return the nominal run
     */
    public ReferenceRun nominal() {
        return nominal;
    }

    /**
     * False where the baseline has no valid answer in that sample: the relative backend has none either.
     *
     * @param i the sample
     * @return whether the baseline's time and energy are numbers in that sample
     */
    public boolean valid(int i) {
        return !Double.isNaN(seconds[i]) && !Double.isNaN(joules[i]);
    }

    /**
     * Sample i's baseline time over the nominal's.
     *
     * @param i the sample
     * @return the ratio, 1 when the nominal is zero
     */
    public double timeScale(int i) {
        return ratio(seconds[i], nominal.time().trainingSeconds());
    }

    /**
     * Sample i's baseline energy over the nominal's.
     *
     * @param i the sample
     * @return the ratio, 1 when the nominal is zero
     */
    public double energyScale(int i) {
        return ratio(joules[i], nominal.energy().joules());
    }

    /**
     * Sample i's baseline hardware cost over the nominal's.
     *
     * @param i the sample
     * @return the ratio, 1 when the nominal is zero
     */
    public double hardwareScale(int i) {
        return ratio(hardwareUsd[i], nominal.hardware().hardwareCostUsd());
    }

    /**
     * Sample i's baseline operations cost over the nominal's.
     *
     * @param i the sample
     * @return the ratio, 1 when the nominal is zero
     */
    public double operationsScale(int i) {
        return ratio(operationsUsd[i], nominal.hardware().operationsCostUsd());
    }

    private static double ratio(double value, double nominalValue) {
        return nominalValue == 0 ? 1 : value / nominalValue;
    }

    /**
     * The baseline of sample i as a scalar model sees it (the reference path the batch path must equal), or
     * null when it has no valid answer in that sample: a relative model then has none either.
     *
     * @param i the sample
     * @return the scaled baseline, or null
     */
    public ReferenceRun at(int i) {
        if (!valid(i)) {
            return null;
        }
        double ts = timeScale(i);
        double es = energyScale(i);
        double hs = hardwareScale(i);
        double os = operationsScale(i);
        ReferenceRun run = scaled(nominal, ts, es, hs, os);
        return nominal.improvedOrNull() == null ? run : run.withImproved(scaled(nominal.improvedOrNull(), ts, es, hs, os));
    }

    private static ReferenceRun scaled(ReferenceRun r, double ts, double es, double hs, double os) {
        TimeEstimate t = r.time();
        TimeEstimate time = new TimeEstimate(t.trainingSeconds() * ts, times(t.secondsByClass(), ts), t.overheadSeconds() * ts,
                List.of(), List.of(), t.planOrNull(), times(t.overheadSecondsByClass(), ts));
        EnergyEstimate e = r.energy();
        EnergyEstimate energy = new EnergyEstimate(e.joules() * es, times(e.joulesByClass(), es), e.overheadJoules() * es,
                List.of(), List.of(), times(e.overheadJoulesByClass(), es));
        List<DeviceCount> devices = new ArrayList<>();
        for (DeviceCount d : r.hardware().devices()) {
            devices.add(new DeviceCount(d.kind(), d.count(), d.deviceHours() * ts));
        }
        HardwareEstimate hardware = new HardwareEstimate(devices, r.hardware().hardwareCostUsd() * hs,
                r.hardware().operationsCostUsd() * os, List.of(), List.of());
        return new ReferenceRun(r.backendId(), time, energy, hardware);
    }

    private static Map<OperationClass, Double> times(Map<OperationClass, Double> byClass, double scale) {
        EnumMap<OperationClass, Double> out = new EnumMap<>(OperationClass.class);
        byClass.forEach((c, v) -> out.put(c, v * scale));
        return out;
    }
}
