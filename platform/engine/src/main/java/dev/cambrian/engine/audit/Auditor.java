package dev.cambrian.engine.audit;

import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.OperationClass;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Amdahl;
import dev.cambrian.api.formula.Units;
import dev.cambrian.api.formula.Workloads;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.engine.Numbers;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a backend's claims against each other (docs/models.md §6). "The claim" is the backend's estimate
 * as its source computes it (seed arithmetic on, where the backend has it); each check states its rule.
 */
public final class Auditor {
    static final String AMDAHL = "Amdahl bound";
    static final String POWER = "power consistency";
    static final String EFFICIENCY = "efficiency consistency";
    static final String THROUGHPUT = "throughput consistency";
    static final String OVERHEAD = "stated overhead left out";
    static final String UNEXPLAINED_COST = "cost not explained by its parts";
    static final String TOKENS = "tokens per parameter";

    /** Device figures a backend may declare for these checks. */
    static final String DEVICE_POWER = "device-power-watts";
    static final String DEVICE_OPS = "device-peak-ops";
    static final String DEVICE_EFFICIENCY = "energy-efficiency";

    private Auditor() {
    }

    /** Findings about one backend under the given parameters (the scenario's), against the baseline. */
    public static List<Finding> audit(HardwareBackend backend, ResolvedParameters params, Workload workload, Economics economics,
                                      ReferenceRun reference) {
        List<Finding> findings = new ArrayList<>();
        String id = backend.info().id();
        boolean relative = params.space().indexOf(RelativeParameters.SEED_ARITHMETIC) >= 0;
        ResolvedParameters claimParams = relative ? params.withPoint(RelativeParameters.SEED_ARITHMETIC, 1, "audit: the claim") : params;
        PointResult claim; // the claim is the nominal point: no range is needed to check it
        try {
            claim = Estimator.evaluate(backend, new ModelInput(workload, claimParams.nominal(), economics, reference, false));
        } catch (InfeasibleException e) {
            findings.add(new Finding(id, "feasibility", "the claim must have an answer for the workload", "its estimate",
                    backend.info().sources().get(0), e.getMessage(), Severity.HIGH));
            return findings;
        }
        if (relative) {
            amdahl(backend, params, workload, findings);
            overheadLeftOut(backend, params, claim, reference, findings);
            unexplainedCost(backend, params, claim, findings);
        }
        deviceChecks(backend, params, workload, claim, findings);
        return findings;
    }

    /** A headline speedup against the share of the work the backend covers: 1 / ((1 - f) + f / s). */
    private static void amdahl(HardwareBackend backend, ResolvedParameters params, Workload workload, List<Finding> findings) {
        double headline = params.nominal().get(RelativeParameters.SPEEDUP);
        double f = 0;
        for (OperationClass c : OperationClass.values()) {
            int i = params.space().indexOf(RelativeParameters.coverage(c));
            if (i >= 0) {
                f += workload.mix().fraction(c) * params.nominal().get(i);
            }
        }
        double bound = Amdahl.bound(f, headline);
        if (headline > bound * 1.1) {
            findings.add(new Finding(backend.info().id(), AMDAHL,
                    "a speedup s on a share f of the work bounds the whole at 1 / ((1 - f) + f / s)",
                    "headline " + num(headline) + "x", source(params, RelativeParameters.SPEEDUP),
                    "covers " + pct(f) + " of baseline time (coverage x operation mix) -> bound " + num(bound) + "x, "
                            + num(headline / bound) + " times less than claimed",
                    Severity.ofRatio(headline / bound)));
        }
    }

    /** A stated overhead (cryogenic cooling) that the stated energy does not include. */
    private static void overheadLeftOut(HardwareBackend backend, ResolvedParameters params, PointResult claim, ReferenceRun ref,
                                        List<Finding> findings) {
        int i = params.space().indexOf(RelativeParameters.COOLING);
        if (i < 0 || params.nominal().get(i) <= 0 || ref == null) {
            return;
        }
        double cooling = params.nominal().get(i);
        double withoutCooling = ref.energy().joules() / params.nominal().get(RelativeParameters.ENERGY_REDUCTION);
        if (claim.energy().joules() < withoutCooling * (1 + cooling) * 0.99) {
            findings.add(new Finding(backend.info().id(), OVERHEAD,
                    "energy that the source says carries an overhead must include it",
                    "energy " + num(Units.gwh(claim.energy().joules())) + " GWh with ~" + pct(cooling) + " cooling",
                    source(params, RelativeParameters.COOLING),
                    "baseline / reduction = " + num(Units.gwh(withoutCooling)) + " GWh; with the cooling "
                            + num(Units.gwh(withoutCooling * (1 + cooling))) + " GWh",
                    Severity.ofRatio(1 + cooling)));
        }
    }

    /** A cost made mostly of a premium the source does not break down. */
    private static void unexplainedCost(HardwareBackend backend, ResolvedParameters params, PointResult claim, List<Finding> findings) {
        int i = params.space().indexOf(RelativeParameters.PREMIUM);
        if (i < 0) {
            return;
        }
        double premium = params.nominal().get(i);
        double total = claim.costUsd();
        if (premium > 0.8 * total) {
            double parts = total - premium;
            findings.add(new Finding(backend.info().id(), UNEXPLAINED_COST,
                    "a stated cost should follow from the devices, energy and operations it describes",
                    "cost $" + num(total / 1e6) + "M", source(params, RelativeParameters.PREMIUM),
                    "devices, fleet and energy come to $" + num(parts / 1e6) + "M; $" + num(premium / 1e6)
                            + "M is an implied premium the source does not explain",
                    Severity.ofRatio(total / Math.max(parts, 1))));
        }
    }

    /** Implied power, work per joule and throughput per device against the device's stated figures. */
    private static void deviceChecks(HardwareBackend backend, ResolvedParameters params, Workload workload, PointResult claim,
                                     List<Finding> findings) {
        String id = backend.info().id();
        Optional<Double> watts = value(params, DEVICE_POWER);
        Optional<Double> peak = value(params, DEVICE_OPS);
        Optional<Double> gopsPerWatt = value(params, DEVICE_EFFICIENCY);
        if (claim.hardware().devices().isEmpty()) {
            return;
        }
        double devices = claim.hardware().devices().get(0).count();
        String kind = claim.hardware().devices().get(0).kind();
        double seconds = claim.time().trainingSeconds();
        double joules = claim.energy().joules();
        if (watts.isPresent()) {
            double implied = joules / (devices * seconds);
            findings.add(new Finding(id, POWER, "energy / (devices x time) should match the device's stated power",
                    num(Units.gwh(joules)) + " GWh over " + grouped(devices) + " " + kind + " for " + num(Units.days(seconds)) + " days",
                    source(params, DEVICE_POWER), "implies " + watts(implied) + " per device against a stated " + watts(watts.get()),
                    Severity.ofRatio(implied / watts.get())));
        }
        Optional<Double> stated = peak.isPresent() && watts.isPresent() ? Optional.of(peak.get() / watts.get())
                : gopsPerWatt.map(g -> g * 1e9);
        if (stated.isPresent()) {
            double implied = workload.trainingFlop() / joules;
            if (implied > stated.get()) {
                findings.add(new Finding(id, EFFICIENCY, "work per joule cannot exceed the device's peak operations per joule",
                        num(Units.gwh(joules)) + " GWh for " + sci(workload.trainingFlop()) + " FLOP",
                        source(params, peak.isPresent() ? DEVICE_OPS : DEVICE_EFFICIENCY),
                        "implies " + sci(implied) + " op/J against a stated " + sci(stated.get()) + " op/J (x"
                                + num(implied / stated.get()) + ")", Severity.ofRatio(implied / stated.get())));
            }
        }
        if (peak.isPresent()) {
            double implied = workload.trainingFlop() / (devices * seconds);
            if (implied > peak.get()) {
                findings.add(new Finding(id, THROUGHPUT, "work per device-second cannot exceed the device's peak",
                        grouped(devices) + " " + kind + " for " + num(Units.days(seconds)) + " days", source(params, DEVICE_OPS),
                        "each would run " + sci(implied) + " op/s against a peak of " + sci(peak.get()) + " (x"
                                + num(implied / peak.get()) + ")", Severity.ofRatio(implied / peak.get())));
            }
        }
    }

    /** The workload's own consistency: tokens per parameter against Chinchilla's ~20 (faraboschi2024barriers §1.3). */
    public static List<Finding> audit(Workload workload) {
        double perParameter = workload.tokens() / workload.totalParameters();
        double ratio = perParameter / Workloads.CHINCHILLA_TOKENS_PER_PARAMETER;
        if (ratio > 0.5 && ratio < 2) {
            return List.of();
        }
        double c = Workloads.FLOP_PER_PARAMETER_TOKEN * Workloads.CHINCHILLA_TOKENS_PER_PARAMETER;
        return List.of(new Finding(workload.id(), TOKENS,
                "compute-optimal training uses ~20 tokens per parameter, so C = 120 P^2 / K (faraboschi2024barriers §1.3)",
                sci(workload.trainingFlop()) + " FLOP for " + sci(workload.totalParameters()) + " parameters ("
                        + sci(workload.activeParameters()) + " active)", workload.source(),
                num(perParameter) + " tokens per parameter; 120 P_active^2 = " + sci(c * Math.pow(workload.activeParameters(), 2))
                        + ", 120 P_active P_total = " + sci(c * workload.activeParameters() * workload.totalParameters())
                        + ", 120 P_total^2 = " + sci(c * Math.pow(workload.totalParameters(), 2)) + " FLOP",
                Severity.ofRatio(ratio) == Severity.HIGH ? Severity.MEDIUM : Severity.LOW));
    }

    private static Optional<Double> value(ResolvedParameters params, String name) {
        int i = params.space().indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(params.nominal().get(i));
    }

    private static String source(ResolvedParameters params, String name) {
        return params.space().parameter(name).map(Parameter::source).orElse("(not declared)");
    }

    static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
    }

    static String sci(double v) {
        return String.format(Locale.ROOT, "%.2e", v);
    }

    static String pct(double f) {
        return String.format(Locale.ROOT, "%.0f%%", f * 100);
    }

    static String grouped(double v) {
        return Numbers.grouped(v);
    }

    static String watts(double w) {
        return w >= 1e3 ? num(w / 1e3) + " kW" : num(w) + " W";
    }

}
