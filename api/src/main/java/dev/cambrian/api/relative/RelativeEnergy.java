package dev.cambrian.api.relative;

import static dev.cambrian.api.relative.RelativeParameters.*;

import dev.cambrian.api.Derivation;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.EnergyModel;
import dev.cambrian.api.ModelBatch;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.ParameterBatch;
import dev.cambrian.api.ReferenceColumns;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Energy relative to the baseline. Seed arithmetic: baseline energy / headline reduction. Class by
 * class: the covered part at its energy factor, the rest at baseline energy, plus cooling overhead
 * on the technology's own energy.
 */
final class RelativeEnergy implements EnergyModel {
    private final TechnologySpec spec;
    private final BatchCoverage batchCoverage;

    RelativeEnergy(TechnologySpec spec, BatchCoverage batchCoverage) {
        this.spec = spec;
        this.batchCoverage = batchCoverage;
    }

    @Override
    public EnergyEstimate estimate(ModelInput in, TimeEstimate time) {
        ReferenceRun ref = RelativeTime.reference(in);
        List<Derivation> steps = new ArrayList<>();
        Map<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        if (Coverage.seedArithmetic(in)) {
            double r = in.parameter(ENERGY_REDUCTION);
            ref.energy().joulesByClass().forEach((c, j) -> byClass.put(c, j / r));
            double total = ref.energy().joules() / r;
            if (in.explain()) {
                steps.add(new Derivation("energy", total, "J", "baseline energy / headline reduction (seed arithmetic)",
                        Derivation.number(ref.energy().joules()) + " J / " + r + " x", "grok2025althw, as its tables compute it"));
            }
            return new EnergyEstimate(total, byClass, 0, steps, List.of());
        }
        Map<OperationClass, Double> coverage = Coverage.of(spec, in, new ArrayList<>(), new ArrayList<>());
        Map<OperationClass, Double> left = ref.forWorkLeftOnBaseline().energy().joulesByClass();
        double own = 0;
        double coolingShare = in.parameter(COOLING);
        // cooling goes with the energy spent on the technology: each class brings its own part (compose bills only those
        // of the classes it gives this backend)
        Map<OperationClass, Double> coolingByClass = new EnumMap<>(OperationClass.class);
        for (Map.Entry<OperationClass, Double> e : ref.energy().joulesByClass().entrySet()) {
            OperationClass c = e.getKey();
            double k = coverage.getOrDefault(c, 0.0);
            double onTechnology = k > 0 ? onTechnology(e.getValue(), k, in.parameter(energyFactor(c))) : 0;
            byClass.put(c, classJoules(onTechnology, left.getOrDefault(c, 0.0), k));
            coolingByClass.put(c, onTechnology * coolingShare);
            own += onTechnology;
        }
        double cooling = own * coolingShare;
        double sum = 0; // in class order, as the batch path adds them
        for (double j : byClass.values()) {
            sum += j;
        }
        double total = sum + cooling;
        if (in.explain()) {
            steps.add(new Derivation("energy", total, "J",
                    "sum over classes of E_ref x ((1 - coverage) + coverage / energy factor) + cooling x own energy",
                    "own energy " + Derivation.number(own) + " J, cooling " + in.parameter(COOLING), "docs/models.md §4; parameters "
                            + COOLING + " and energy-factor-*"));
        }
        return new EnergyEstimate(total, byClass, cooling, steps, List.of()).withOverheadByClass(coolingByClass);
    }

    @Override
    public void joules(ModelBatch batch, double[] seconds, double[] joules) {
        ParameterBatch p = batch.parameters();
        if (!RelativeBatch.perSample(p)) {
            EnergyModel.super.joules(batch, seconds, joules);
            return;
        }
        int size = batch.size();
        ReferenceColumns ref = RelativeBatch.reference(batch);
        if (ref == null) {
            java.util.Arrays.fill(joules, 0, size, Double.NaN);
            return;
        }
        if (RelativeBatch.seedArithmetic(p)) {
            double refJoules = ref.nominal().energy().joules();
            double[] r = p.column(ENERGY_REDUCTION);
            for (int i = 0; i < size; i++) {
                joules[i] = Double.isNaN(seconds[i]) ? Double.NaN : refJoules * ref.energyScale(i) / r[i];
            }
            return;
        }
        double[][] coverage = batchCoverage.of(batch);
        double[] nominal = RelativeBatch.byClass(ref.nominal().energy().joulesByClass());
        double[] left = RelativeBatch.byClassOrZero(ref.nominal().forWorkLeftOnBaseline().energy().joulesByClass());
        double[][] factor = new double[RelativeBatch.CLASSES.length][];
        for (OperationClass c : spec.classes().keySet()) {
            factor[c.ordinal()] = p.column(energyFactor(c));
        }
        double[] coolingShare = p.column(COOLING);
        for (int i = 0; i < size; i++) {
            if (Double.isNaN(seconds[i])) {
                joules[i] = Double.NaN;
                continue;
            }
            double es = ref.energyScale(i);
            double own = 0;
            double sum = 0;
            for (int c = 0; c < nominal.length; c++) {
                if (Double.isNaN(nominal[c])) {
                    continue;
                }
                double k = RelativeBatch.at(coverage, c, i);
                double onTechnology = k > 0 ? onTechnology(nominal[c] * es, k, factor[c][i]) : 0;
                sum += classJoules(onTechnology, left[c] * es, k);
                own += onTechnology;
            }
            joules[i] = sum + own * coolingShare[i];
        }
    }

    /** A class's covered share, on the technology: baseline energy x coverage / energy factor (docs/models.md §4). */
    static double onTechnology(double refJoules, double coverage, double energyFactor) {
        return refJoules * coverage / energyFactor;
    }

    /** A class's energy: the uncovered share left on the baseline plus the covered share on the technology. */
    static double classJoules(double onTechnology, double leftJoules, double coverage) {
        return leftJoules * (1 - coverage) + onTechnology;
    }
}
