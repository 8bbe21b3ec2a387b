package dev.cambrian.engine.estimate;

import dev.cambrian.api.DeviceCount;
import dev.cambrian.api.Economics;
import dev.cambrian.api.EnergyEstimate;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.HardwareEstimate;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ParameterValues;
import dev.cambrian.api.Range;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.TimeEstimate;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.environment.EnergyBases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Runs a backend's five models and turns point results into ranges. The range of each figure is the
 * minimum and maximum over every corner of the uncertain parameters' ranges (each at its low or its
 * high), which bounds any model that is monotone in each parameter. With more than
 * {@value #MAX_CORNER_PARAMETERS} uncertain parameters it varies one at a time instead, and says so.
 */
public final class Estimator {
    static final int MAX_CORNER_PARAMETERS = 12;

    private Estimator() {
    }

    /** The five models at one set of values. */
    public static PointResult evaluate(HardwareBackend backend, ModelInput input) {
        // a null from a model is named here, before the next model trips over it with an anonymous NullPointerException
        TimeEstimate time = returned(returned(backend.speedup(), "speedup()").estimate(input), "speedup().estimate(...)");
        EnergyEstimate energy = returned(returned(backend.energy(), "energy()").estimate(input, time), "energy().estimate(...)");
        HardwareEstimate hardware = returned(returned(backend.hardware(), "hardware()").estimate(input, time),
                "hardware().estimate(...)");
        return new PointResult(time, energy, hardware,
                returned(returned(backend.fabInvestment(), "fabInvestment()").estimate(input), "fabInvestment().estimate(...)"),
                returned(returned(backend.timeline(), "timeline()").estimate(input, time), "timeline().estimate(...)"),
                Costs.energyCostUsd(energy.joules(), input.economics()));
    }

    private static <T> T returned(T value, String call) {
        if (value == null) {
            throw new IllegalStateException(call + " returned null");
        }
        return value;
    }

    public static ReferenceRun reference(HardwareBackend backend, ResolvedParameters params, Workload workload, Economics economics) {
        PointResult r = evaluate(backend, new ModelInput(workload, params.nominal(), economics, null));
        return new ReferenceRun(backend.info().id(), r.time(), r.energy(), r.hardware());
    }

    public static Estimate estimate(HardwareBackend backend, ResolvedParameters params, Workload workload,
                                    Economics economics, ReferenceRun reference, String scenarioName) {
        ModelInput nominalInput = new ModelInput(workload, params.nominal(), economics, reference);
        PointResult nominal = evaluate(backend, nominalInput);
        Bounds time = new Bounds(nominal.time().trainingSeconds());
        Bounds energy = new Bounds(nominal.energy().joules());
        Bounds cost = new Bounds(nominal.costUsd());
        Bounds fab = new Bounds(nominal.fab().totalUsd().nominal());
        fab.add(nominal.fab().totalUsd().low());
        fab.add(nominal.fab().totalUsd().high());
        Bounds hero = new Bounds(nominal.timeline().heroMonth());
        Map<String, Bounds[]> devices = new LinkedHashMap<>();
        addDevices(devices, nominal.hardware(), true);
        boolean bases = EnergyBases.declared(params.nominal());
        Bounds[] basis = bases ? basisBounds(EnergyBases.at(params.nominal(), nominal.energy().joules())) : null;

        List<String> warnings = new ArrayList<>(params.notes());
        int evaluations = 1;
        int infeasible = 0;
        ModelInput cornerInput = nominalInput.explaining(false); // only the nominal point is explained
        for (ParameterValues values : variations(params, warnings)) {
            PointResult r;
            try {
                r = evaluate(backend, cornerInput.withParameters(values));
            } catch (InfeasibleException e) {
                infeasible++;
                continue;
            }
            evaluations++;
            time.add(r.time().trainingSeconds());
            energy.add(r.energy().joules());
            cost.add(r.costUsd());
            fab.add(r.fab().totalUsd().low());
            fab.add(r.fab().totalUsd().high());
            hero.add(r.timeline().heroMonth());
            addDevices(devices, r.hardware(), false);
            if (bases) {
                double[] at = EnergyBases.at(values, r.energy().joules());
                for (int i = 0; i < at.length; i++) {
                    basis[i].add(at[i]);
                }
            }
        }
        if (infeasible > 0) {
            warnings.add(infeasible + " corner(s) of the parameter ranges have no valid answer and are left out of the ranges");
        }
        List<HardwareLine> hardware = new ArrayList<>();
        devices.forEach((kind, b) -> hardware.add(new HardwareLine(kind, b[0].range(), b[1].range())));
        LinkedHashSet<String> allWarnings = new LinkedHashSet<>(warnings);
        allWarnings.addAll(nominal.time().warnings());
        allWarnings.addAll(nominal.energy().warnings());
        allWarnings.addAll(nominal.hardware().warnings());
        ModelThroughput.of(params, workload, nominal).flatMap(ModelThroughput::warning).ifPresent(allWarnings::add);
        EnergyBases energyBases = bases
                ? new EnergyBases(energy.range(), basis[0].range(), basis[1].range(), basis[2].range())
                : EnergyBases.facilityOnly(energy.range());
        return new Estimate(backend.info(), workload, scenarioName, params.profile(), time.range(), energy.range(),
                cost.range(), hardware, fab.range(), hero.range(), nominal, params.assumptions(),
                List.copyOf(allWarnings), evaluations, energyBases, null);
    }

    private static Bounds[] basisBounds(double[] nominal) {
        Bounds[] b = new Bounds[nominal.length];
        for (int i = 0; i < nominal.length; i++) {
            b[i] = new Bounds(nominal[i]);
        }
        return b;
    }

    private static void addDevices(Map<String, Bounds[]> devices, HardwareEstimate h, boolean nominal) {
        for (DeviceCount d : h.devices()) {
            Bounds[] b = devices.get(d.kind());
            if (b == null) {
                if (!nominal) {
                    continue; // a kind only some corners need is not part of the nominal answer
                }
                devices.put(d.kind(), new Bounds[] {new Bounds(d.count()), new Bounds(d.deviceHours())});
            } else {
                b[0].add(d.count());
                b[1].add(d.deviceHours());
            }
        }
    }

    /** The parameter sets to evaluate besides the nominal one. */
    static List<ParameterValues> variations(ResolvedParameters params, List<String> warnings) {
        int[] uncertain = params.uncertainIndices();
        if (uncertain.length == 0) {
            return List.of(); // nothing varies: the nominal point is the whole range
        }
        double[] base = params.nominal().toArray();
        List<ParameterValues> out = new ArrayList<>();
        List<Parameter> p = params.parameters();
        if (uncertain.length <= MAX_CORNER_PARAMETERS) {
            for (int mask = 0; mask < (1 << uncertain.length); mask++) {
                double[] v = base.clone();
                for (int bit = 0; bit < uncertain.length; bit++) {
                    Range r = p.get(uncertain[bit]).range();
                    v[uncertain[bit]] = (mask & (1 << bit)) != 0 ? r.high() : r.low();
                }
                out.add(new ParameterValues(params.space(), v));
            }
        } else {
            warnings.add("ranges vary one parameter at a time (" + uncertain.length + " uncertain parameters is more than "
                    + MAX_CORNER_PARAMETERS + " for corner search); joint extremes may be wider");
            for (int i : uncertain) {
                for (double x : new double[] {p.get(i).range().low(), p.get(i).range().high()}) {
                    double[] v = base.clone();
                    v[i] = x;
                    out.add(new ParameterValues(params.space(), v));
                }
            }
        }
        return out;
    }

    /** Running minimum and maximum around a nominal value. */
    private static final class Bounds {
        private final double nominal;
        private double low;
        private double high;

        Bounds(double nominal) {
            this.nominal = nominal;
            this.low = nominal;
            this.high = nominal;
        }

        void add(double value) {
            low = Math.min(low, value);
            high = Math.max(high, value);
        }

        Range range() {
            return new Range(low, nominal, high);
        }
    }
}
