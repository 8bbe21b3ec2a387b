package dev.cambrian.tck;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether a backend's batch path gives the scalar path's figures (docs/uncertainty.md), sample by sample and bit
 * for bit: time, energy, hardware and operations cost, device-hours by kind, investment and hero month, NaN exactly where the
 * scalar path has no valid answer. One batch draws every uncertain parameter across its range, then one
 * batch per uncertain parameter draws it alone (a model may take a faster path when only some parameters
 * vary); for relative backends the baseline differs per sample too (one sample has none).
 */
final class BatchAgreement {
    static final int SAMPLES = 64;

    private BatchAgreement() {
    }

    /** The mismatches, each as one line naming the batch, the sample, the figure and both values; empty when they agree. */
    static List<String> mismatches(HardwareBackend backend, ResolvedParameters params, ModelInput template, long seed) {
        List<String> out = new ArrayList<>();
        for (String m : mismatches(backend, params, template, seed, -1)) {
            out.add("all uncertain parameters drawn, " + m);
        }
        for (int p = 0; p < params.parameters().size(); p++) {
            if (!params.parameters().get(p).range().isPoint()) {
                for (String m : mismatches(backend, params, template, seed + p, p)) {
                    out.add(params.parameters().get(p).name() + " drawn alone, " + m);
                }
            }
        }
        return out;
    }

    /** @param only the one parameter to draw, or -1 for every uncertain one */
    private static List<String> mismatches(HardwareBackend backend, ResolvedParameters params, ModelInput template, long seed,
                                           int only) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] nominal = params.nominal().toArray();
        double[][] columns = new double[nominal.length][SAMPLES];
        boolean[] varies = new boolean[nominal.length];
        for (int p = 0; p < nominal.length; p++) {
            Parameter parameter = params.parameters().get(p);
            varies[p] = !parameter.range().isPoint() && (only < 0 || only == p);
            for (int i = 0; i < SAMPLES; i++) {
                double v = varies[p] ? parameter.range().low() + rng.nextDouble() * (parameter.range().high() - parameter.range().low())
                        : nominal[p];
                columns[p][i] = parameter.integer() ? Math.rint(v) : v;
            }
        }
        ReferenceColumns reference = template.referenceOrNull() == null ? null : varied(template.referenceOrNull(), rng);
        ModelBatch batch = new ModelBatch(template, new ParameterBatch(params.space(), columns, SAMPLES, varies),
                backend.speedup(), reference);
        double[] seconds = new double[SAMPLES];
        double[] joules = new double[SAMPLES];
        double[] hardware = new double[SAMPLES];
        double[] operations = new double[SAMPLES];
        double[] investment = new double[SAMPLES];
        double[] hero = new double[SAMPLES];
        backend.speedup().trainingSeconds(batch, seconds);
        backend.energy().joules(batch, seconds, joules);
        backend.hardware().costUsd(batch, seconds, hardware, operations);
        backend.fabInvestment().investmentUsd(batch, investment);
        backend.timeline().heroMonth(batch, seconds, hero);
        Map<String, double[]> deviceHours = backend.hardware().deviceHours(batch, seconds);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            PointResult r;
            try {
                r = Estimator.evaluate(backend, batch.input(i));
            } catch (InfeasibleException e) {
                if (!Double.isNaN(seconds[i])) {
                    out.add("sample " + i + ": the scalar path has no valid answer (" + e.getMessage() + ") but the batch gave "
                            + seconds[i] + " s");
                }
                for (Map.Entry<String, double[]> kind : deviceHours.entrySet()) {
                    if (!Double.isNaN(kind.getValue()[i])) {
                        out.add("sample " + i + ": the scalar path has no valid answer (" + e.getMessage() + ") but the batch gave "
                                + kind.getValue()[i] + " " + kind.getKey() + " device-hours");
                    }
                }
                continue;
            }
            compare(out, i, "training seconds", r.time().trainingSeconds(), seconds[i]);
            compare(out, i, "joules", r.energy().joules(), joules[i]);
            compare(out, i, "hardware USD", r.hardware().hardwareCostUsd(), hardware[i]);
            compare(out, i, "operations USD", r.hardware().operationsCostUsd(), operations[i]);
            compare(out, i, "investment USD", r.fab().totalUsd().nominal(), investment[i]);
            compare(out, i, "hero month", r.timeline().heroMonth(), hero[i]);
            Map<String, Double> scalarHours = new TreeMap<>();
            for (DeviceCount d : r.hardware().devices()) {
                scalarHours.merge(d.kind(), d.deviceHours(), Double::sum);
            }
            Set<String> kinds = new TreeSet<>(scalarHours.keySet());
            kinds.addAll(deviceHours.keySet());
            for (String kind : kinds) { // a kind absent on one side has no device-hours there
                compare(out, i, kind + " device-hours", scalarHours.getOrDefault(kind, 0.0),
                        deviceHours.containsKey(kind) ? deviceHours.get(kind)[i] : 0.0);
            }
        }
        return out;
    }

    private static void compare(List<String> out, int i, String figure, double scalar, double batch) {
        if (Double.compare(scalar, batch) != 0) {
            out.add("sample " + i + ": " + figure + " " + batch + " from the batch, " + scalar + " from the scalar path");
        }
    }

    /** The baseline scaled by a different factor per figure and sample, in [0.5, 2); sample 1 has no valid answer. */
    private static ReferenceColumns varied(ReferenceRun nominal, SplittableRandom rng) {
        double[] s = new double[SAMPLES];
        double[] j = new double[SAMPLES];
        double[] h = new double[SAMPLES];
        double[] o = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            s[i] = nominal.time().trainingSeconds() * (0.5 + 1.5 * rng.nextDouble());
            j[i] = nominal.energy().joules() * (0.5 + 1.5 * rng.nextDouble());
            h[i] = nominal.hardware().hardwareCostUsd() * (0.5 + 1.5 * rng.nextDouble());
            o[i] = nominal.hardware().operationsCostUsd() * (0.5 + 1.5 * rng.nextDouble());
        }
        s[1] = Double.NaN;
        return new ReferenceColumns(nominal, s, j, h, o);
    }
}
