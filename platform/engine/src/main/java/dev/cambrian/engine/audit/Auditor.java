package dev.cambrian.engine.audit;

import dev.cambrian.api.Contracts;
import dev.cambrian.api.Economics;
import dev.cambrian.api.HardwareBackend;
import dev.cambrian.api.InfeasibleException;
import dev.cambrian.api.ModelInput;
import dev.cambrian.api.Parameter;
import dev.cambrian.api.ReferenceRun;
import dev.cambrian.api.Workload;
import dev.cambrian.api.formula.Amdahl;
import dev.cambrian.api.formula.Units;
import dev.cambrian.api.formula.Workloads;
import dev.cambrian.api.relative.RelativeParameters;
import dev.cambrian.engine.Numbers;
import dev.cambrian.engine.audit.Finding.Measured;
import dev.cambrian.engine.estimate.Estimator;
import dev.cambrian.engine.estimate.ModelThroughput;
import dev.cambrian.engine.estimate.PointResult;
import dev.cambrian.engine.estimate.ResolvedParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a backend's claims against each other (docs/models.md §6). "The claim" is the backend's estimate as its source
 * computes it (seed arithmetic on, where the backend has it); each check states its rule, reads only
 * contract parameters ({@link Contracts}) in their contract's unit, and says per backend whether it
 * ran and, when it did not, why.
 */
public final class Auditor {
    static final String AMDAHL = "Amdahl bound";
    static final String POWER = "power consistency";
    static final String EFFICIENCY = "efficiency consistency";
    static final String THROUGHPUT = "throughput consistency";
    static final String MODEL_THROUGHPUT = "throughput of the model in force";
    static final String OVERHEAD = "stated overhead left out";
    static final String UNEXPLAINED_COST = "cost not explained by its parts";
    static final String TOKENS = "tokens per parameter";
    static final String FEASIBILITY = "feasibility";
    /** The unit of a dimensionless figure a finding compares. */
    static final String RATIO = "ratio";

    /** The backend checks in the order reports list them. */
    public static final List<String> BACKEND_CHECKS = List.of(AMDAHL, OVERHEAD, UNEXPLAINED_COST, POWER, EFFICIENCY, THROUGHPUT,
            MODEL_THROUGHPUT);

    private Auditor() {
    }

    /**
     * One backend under the given parameters (the scenario's), against the baseline.
     *
     * @param baselineOrNull the baseline's parameters in force, for the facility's PUE when the backend
     *                       declares none (a relative claim's energy is the baseline's, at the grid)
     */
    public static BackendAudit audit(HardwareBackend backend, ResolvedParameters params, Workload workload, Economics economics,
                                     ReferenceRun reference, ResolvedParameters baselineOrNull) {
        String id = backend.info().id();
        List<Finding> findings = new ArrayList<>();
        List<CheckRun> checks = new ArrayList<>();
        boolean relative = params.relative();
        ResolvedParameters claimParams = relative ? params.withPoint(RelativeParameters.SEED_ARITHMETIC, 1, "audit: the claim") : params;
        PointResult claim; // the claim is the nominal point: no range is needed to check it
        try {
            claim = Estimator.evaluate(backend, new ModelInput(workload, claimParams.nominal(), economics, reference, false));
        } catch (InfeasibleException e) {
            findings.add(new Finding(id, FEASIBILITY, "the claim must have an answer for the workload", "its estimate",
                    backend.info().sources().get(0), e.getMessage(), Severity.HIGH, List.of()));
            checks.add(CheckRun.ran(id, FEASIBILITY, "the claim has no answer for " + workload.id()));
            BACKEND_CHECKS.forEach(c -> checks.add(CheckRun.skipped(id, c, "no claim to check: infeasible on " + workload.id())));
            return new BackendAudit(id, checks, findings);
        }
        Figures f = new Figures(id, params, baselineOrNull);
        checks.add(amdahl(f, workload, findings));
        checks.add(overheadLeftOut(f, claim, reference, findings));
        checks.add(unexplainedCost(f, claim, findings));
        deviceChecks(f, workload, claim, findings, checks);
        checks.add(modelThroughput(f, backend, workload, economics, reference, findings));
        return new BackendAudit(id, checks, findings);
    }

    /** A backend's contract figures, each read only when declared in the contract's unit. */
    private record Figures(String id, ResolvedParameters params, ResolvedParameters baselineOrNull) {
        /** The value, or empty; {@code why} gets the reason when it is empty. */
        Optional<Double> value(String name, List<String> why) {
            Optional<Parameter> p = params.space().parameter(name);
            if (p.isEmpty()) {
                why.add("declares no " + name);
                return Optional.empty();
            }
            Optional<String> mismatch = Contracts.mismatch(p.get());
            if (mismatch.isPresent()) {
                why.add(mismatch.get());
                return Optional.empty();
            }
            return Optional.of(params.nominal().get(params.space().indexOf(name)));
        }

        String source(String name) {
            return params.space().parameter(name).map(Parameter::source).orElse("(not declared)");
        }

        /** The facility PUE, the backend's own or else the baseline's, with where it comes from. */
        Optional<Map.Entry<Double, String>> pue() {
            Optional<Double> own = value(Contracts.PUE, new ArrayList<>());
            if (own.isPresent()) {
                return Optional.of(Map.entry(own.get(), "its own"));
            }
            if (baselineOrNull != null && baselineOrNull.space().parameter(Contracts.PUE)
                    .filter(p -> Contracts.mismatch(p).isEmpty()).isPresent()) {
                return Optional.of(Map.entry(baselineOrNull.nominal().get(Contracts.PUE), "the baseline " + baselineOrNull.backendId() + "'s"));
            }
            return Optional.empty();
        }
    }

    /** A headline speedup against the share of the work the backend covers: 1 / ((1 - f) + f / s). */
    private static CheckRun amdahl(Figures fig, Workload workload, List<Finding> findings) {
        List<String> why = new ArrayList<>();
        Optional<Double> speedup = fig.value(RelativeParameters.SPEEDUP, why);
        if (speedup.isEmpty() || !fig.params().relative()) {
            return CheckRun.skipped(fig.id(), AMDAHL, "not a relative technology: " + (why.isEmpty()
                    ? "declares no " + RelativeParameters.SEED_ARITHMETIC : why.get(0)));
        }
        double headline = speedup.get();
        double f = coveredShare(fig, workload);
        double bound = Amdahl.bound(f, headline);
        if (headline > bound * 1.1) {
            findings.add(new Finding(fig.id(), AMDAHL,
                    "a speedup s on a share f of the work bounds the whole at 1 / ((1 - f) + f / s)",
                    "headline " + num(headline) + "x", fig.source(RelativeParameters.SPEEDUP),
                    "covers " + pct(f) + " of baseline time (coverage x operation mix) -> bound " + num(bound) + "x, "
                            + num(headline / bound) + " times less than claimed",
                    Severity.ofRatio(headline / bound), List.of(new Measured("claimed_speedup", RATIO, headline),
                            new Measured("covered_share", RATIO, f), new Measured("bound_speedup", RATIO, bound))));
        }
        return CheckRun.ran(fig.id(), AMDAHL, "headline " + num(headline) + "x against coverage-*");
    }

    /**
     * A headline energy that leaves out an overhead (cooling) its source states beside it. The kit's
     * class-by-class energy always adds the overhead, so only the source's own figure can leave it out,
     * and only the backend can say whether it does ({@link Contracts#COOLING_IN_HEADLINE}).
     */
    private static CheckRun overheadLeftOut(Figures fig, PointResult claim, ReferenceRun ref, List<Finding> findings) {
        List<String> why = new ArrayList<>();
        Optional<Double> cooling = fig.value(Contracts.COOLING_OVERHEAD, why);
        if (cooling.isEmpty()) {
            return CheckRun.skipped(fig.id(), OVERHEAD, why.get(0));
        }
        if (cooling.get() <= 0) {
            return CheckRun.skipped(fig.id(), OVERHEAD, Contracts.COOLING_OVERHEAD + " is 0: no overhead to leave out");
        }
        Optional<Double> inHeadline = fig.value(Contracts.COOLING_IN_HEADLINE, why);
        if (inHeadline.isEmpty()) {
            return CheckRun.skipped(fig.id(), OVERHEAD, why.get(0) + ": whether the headline energy includes the "
                    + pct(cooling.get()) + " cooling is not stated");
        }
        Optional<Double> reduction = fig.value(RelativeParameters.ENERGY_REDUCTION, why);
        if (reduction.isEmpty() || ref == null) {
            return CheckRun.skipped(fig.id(), OVERHEAD, ref == null ? "no baseline run to take the headline energy from" : why.get(0));
        }
        if (inHeadline.get() >= 1) {
            return CheckRun.ran(fig.id(), OVERHEAD, "the headline energy includes the " + pct(cooling.get()) + " cooling ("
                    + Contracts.COOLING_IN_HEADLINE + " 1)");
        }
        double withoutCooling = ref.energy().joules() / reduction.get();
        if (claim.energy().joules() < withoutCooling * (1 + cooling.get()) * 0.99) {
            findings.add(new Finding(fig.id(), OVERHEAD,
                    "energy that the source says carries an overhead must include it",
                    "energy " + num(Units.gwh(claim.energy().joules())) + " GWh with ~" + pct(cooling.get()) + " cooling",
                    fig.source(Contracts.COOLING_OVERHEAD),
                    "baseline / reduction = " + num(Units.gwh(withoutCooling)) + " GWh; with the cooling "
                            + num(Units.gwh(withoutCooling * (1 + cooling.get()))) + " GWh",
                    Severity.ofRatio(1 + cooling.get()), List.of(new Measured("claimed_energy", "J", claim.energy().joules()),
                            new Measured("cooling_overhead", RATIO, cooling.get()),
                            new Measured("energy_with_overhead", "J", withoutCooling * (1 + cooling.get())))));
        }
        return CheckRun.ran(fig.id(), OVERHEAD, "headline energy against " + pct(cooling.get()) + " cooling it leaves out");
    }

    /** A cost made mostly of a premium the source does not break down. */
    private static CheckRun unexplainedCost(Figures fig, PointResult claim, List<Finding> findings) {
        List<String> why = new ArrayList<>();
        Optional<Double> premium = fig.value(RelativeParameters.PREMIUM, why);
        if (premium.isEmpty()) {
            return CheckRun.skipped(fig.id(), UNEXPLAINED_COST, why.get(0));
        }
        double total = claim.costUsd();
        if (premium.get() > 0.8 * total) {
            double parts = total - premium.get();
            findings.add(new Finding(fig.id(), UNEXPLAINED_COST,
                    "a stated cost should follow from the devices, energy and operations it describes",
                    "cost $" + num(total / 1e6) + "M", fig.source(RelativeParameters.PREMIUM),
                    "devices, fleet and energy come to $" + num(parts / 1e6) + "M; $" + num(premium.get() / 1e6)
                            + "M is an implied premium the source does not explain",
                    Severity.ofRatio(total / Math.max(parts, 1)), List.of(new Measured("claimed_cost", "USD", total),
                            new Measured("explained_cost", "USD", parts), new Measured("implied_premium", "USD", premium.get()))));
        }
        return CheckRun.ran(fig.id(), UNEXPLAINED_COST, "premium $" + num(premium.get() / 1e6) + "M of $" + num(total / 1e6) + "M");
    }

    /**
     * Implied power, work per joule and throughput per device against the device's stated figures. The
     * claim's energy is drawn at the grid; the device's power is its own: the energy is taken back to the
     * devices through the facility's PUE before they are compared.
     */
    private static void deviceChecks(Figures fig, Workload workload, PointResult claim, List<Finding> findings,
                                     List<CheckRun> checks) {
        String id = fig.id();
        List<String> whyPower = new ArrayList<>();
        List<String> whyPeak = new ArrayList<>();
        List<String> whyEfficiency = new ArrayList<>();
        Optional<Double> watts = fig.value(Contracts.DEVICE_POWER, whyPower);
        Optional<Double> peak = fig.value(Contracts.DEVICE_PEAK_OPS, whyPeak);
        Optional<Double> gopsPerWatt = fig.value(Contracts.ENERGY_EFFICIENCY, whyEfficiency);
        if (claim.hardware().devices().isEmpty()) {
            for (String c : List.of(POWER, EFFICIENCY, THROUGHPUT)) {
                checks.add(CheckRun.skipped(id, c, "the claim names no devices"));
            }
            return;
        }
        Optional<Map.Entry<Double, String>> pue = fig.pue();
        double devices = claim.hardware().devices().get(0).count();
        String kind = claim.hardware().devices().get(0).kind();
        double seconds = claim.time().trainingSeconds();
        double joules = claim.energy().joules();
        if (watts.isEmpty()) {
            checks.add(CheckRun.skipped(id, POWER, whyPower.get(0)));
        } else if (pue.isEmpty()) {
            checks.add(CheckRun.skipped(id, POWER, "no " + Contracts.PUE + " (its own or the baseline's) to take the grid energy"
                    + " back to the devices"));
        } else {
            double atGrid = joules / (devices * seconds);
            double implied = atGrid / pue.get().getKey();
            if (Math.abs(Math.log(implied / watts.get())) > Math.log(1.1)) { // within 10%: consistent
                findings.add(new Finding(id, POWER, "energy / (PUE x devices x time) should match the device's stated power",
                        num(Units.gwh(joules)) + " GWh over " + grouped(devices) + " " + kind + " for " + num(Units.days(seconds)) + " days",
                        fig.source(Contracts.DEVICE_POWER), "implies " + watts(atGrid) + " per device at the grid, " + watts(implied)
                                + " at the device (PUE " + num(pue.get().getKey()) + ", " + pue.get().getValue() + ") against a stated "
                                + watts(watts.get()), Severity.ofRatio(implied / watts.get()),
                        List.of(new Measured("implied_power_at_grid", "W", atGrid), new Measured("pue", RATIO, pue.get().getKey()),
                                new Measured("implied_power", "W", implied), new Measured("stated_power", "W", watts.get()))));
            }
            checks.add(CheckRun.ran(id, POWER, "implied against " + Contracts.DEVICE_POWER));
        }
        Optional<Double> stated = peak.isPresent() && watts.isPresent() ? Optional.of(peak.get() / watts.get())
                : gopsPerWatt.map(g -> g * 1e9);
        if (stated.isEmpty()) {
            checks.add(CheckRun.skipped(id, EFFICIENCY, whyEfficiency.get(0) + ", and no " + Contracts.DEVICE_PEAK_OPS + " with "
                    + Contracts.DEVICE_POWER));
        } else {
            // at the devices when the PUE is known; at the grid (fewer operations per joule: lenient) when not
            double deviceJoules = pue.map(p -> joules / p.getKey()).orElse(joules);
            String where = pue.map(p -> "at the devices (PUE " + num(p.getKey()) + ", " + p.getValue() + ")")
                    .orElse("at the grid (no " + Contracts.PUE + ": lenient)");
            double implied = workload.trainingFlop() / deviceJoules;
            if (implied > stated.get()) {
                findings.add(new Finding(id, EFFICIENCY, "work per joule cannot exceed the device's peak operations per joule",
                        num(Units.gwh(joules)) + " GWh for " + sci(workload.trainingFlop()) + " FLOP",
                        fig.source(peak.isPresent() && watts.isPresent() ? Contracts.DEVICE_PEAK_OPS : Contracts.ENERGY_EFFICIENCY),
                        "implies " + sci(implied) + " op/J " + where + " against a stated " + sci(stated.get()) + " op/J (x"
                                + num(implied / stated.get()) + ")", Severity.ofRatio(implied / stated.get()),
                        List.of(new Measured("implied_efficiency", "op_per_J", implied),
                                new Measured("stated_efficiency", "op_per_J", stated.get()))));
            }
            checks.add(CheckRun.ran(id, EFFICIENCY, "work per joule " + where));
        }
        if (peak.isEmpty()) {
            checks.add(CheckRun.skipped(id, THROUGHPUT, whyPeak.get(0)));
        } else {
            double implied = workload.trainingFlop() / (devices * seconds);
            if (implied > peak.get()) {
                findings.add(new Finding(id, THROUGHPUT, "work per device-second cannot exceed the device's peak",
                        grouped(devices) + " " + kind + " for " + num(Units.days(seconds)) + " days", fig.source(Contracts.DEVICE_PEAK_OPS),
                        "each would run " + sci(implied) + " op/s against a peak of " + sci(peak.get()) + " (x"
                                + num(implied / peak.get()) + ")", Severity.ofRatio(implied / peak.get()),
                        List.of(new Measured("implied_throughput", "op_per_s", implied),
                                new Measured("peak_throughput", "op_per_s", peak.get()))));
            }
            checks.add(CheckRun.ran(id, THROUGHPUT, "work per device-second against " + Contracts.DEVICE_PEAK_OPS));
        }
    }

    /**
     * The estimate users see (the class-by-class model, not the seed's arithmetic) against the technology's own devices:
     * the work its coverage puts on them, over the whole training time, cannot exceed their peak. The class-by-class
     * model divides the baseline's time by a factor whatever the device count, so a fleet of one chip ran as fast as
     * two thousand; the claim's check above never saw it.
     */
    private static CheckRun modelThroughput(Figures fig, HardwareBackend backend, Workload workload, Economics economics,
                                            ReferenceRun reference, List<Finding> findings) {
        List<String> why = new ArrayList<>();
        Optional<Double> peak = fig.value(Contracts.DEVICE_PEAK_OPS, why);
        if (!fig.params().relative()) {
            return CheckRun.skipped(fig.id(), MODEL_THROUGHPUT, "not a relative technology: its claim is its model");
        }
        if (fig.params().seedArithmetic()) {
            return CheckRun.skipped(fig.id(), MODEL_THROUGHPUT, "the scenario runs the seed's arithmetic: the claim is the model");
        }
        if (peak.isEmpty()) {
            return CheckRun.skipped(fig.id(), MODEL_THROUGHPUT, why.get(0));
        }
        PointResult model;
        try {
            model = Estimator.evaluate(backend, new ModelInput(workload, fig.params().nominal(), economics, reference, false));
        } catch (InfeasibleException e) {
            return CheckRun.skipped(fig.id(), MODEL_THROUGHPUT, "the model has no answer for " + workload.id());
        }
        if (model.hardware().devices().isEmpty()) {
            return CheckRun.skipped(fig.id(), MODEL_THROUGHPUT, "the model names no devices");
        }
        ModelThroughput t = ModelThroughput.of(fig.params(), workload, model).orElseThrow(); // every way to be empty is above
        double covered = t.coveredShare();
        double devices = t.devices();
        String kind = t.kind();
        double seconds = t.seconds();
        double work = t.coveredWork();
        double implied = t.implied();
        if (implied > peak.get()) {
            findings.add(new Finding(fig.id(), MODEL_THROUGHPUT, "the work the model puts on the technology's devices, per"
                    + " device-second of the whole run, cannot exceed their peak",
                    grouped(devices) + " " + kind + " for " + num(Units.days(seconds)) + " days (the default model)",
                    fig.source(Contracts.DEVICE_PEAK_OPS), sci(work) + " op (" + pct(covered) + " of the work) -> each would run "
                            + sci(implied) + " op/s against a peak of " + sci(peak.get()) + " op/s (x" + num(implied / peak.get()) + ")",
                    Severity.ofRatio(implied / peak.get()), List.of(new Measured("covered_work", "op", work),
                    new Measured("implied_throughput", "op_per_s", implied), new Measured("peak_throughput", "op_per_s", peak.get()))));
        }
        return CheckRun.ran(fig.id(), MODEL_THROUGHPUT, "covered work per device-second of the model against "
                + Contracts.DEVICE_PEAK_OPS);
    }

    /** The share of the workload's time a relative backend's coverage takes over ({@link ModelThroughput#coveredShare}). */
    private static double coveredShare(Figures fig, Workload workload) {
        return ModelThroughput.coveredShare(fig.params(), workload);
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
                Severity.MEDIUM, // 2x or more either way; a choice of the run, not a claim, so never high (README, audit)
                List.of(new Measured("training_compute", "FLOP", workload.trainingFlop()),
                        new Measured("tokens_per_parameter", RATIO, perParameter),
                        new Measured("compute_optimal_tokens_per_parameter", RATIO, Workloads.CHINCHILLA_TOKENS_PER_PARAMETER))));
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
