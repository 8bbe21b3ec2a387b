package dev.cambrian.engine.estimate;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import dev.cambrian.engine.environment.EnergyBases;
import dev.cambrian.engine.environment.Footprint;
import java.util.List;
import java.util.Optional;

/**
 * One backend on one workload under one scenario. Ranged figures span the corners of the uncertain
 * parameters' ranges; {@code nominal} is the run at every parameter's nominal value, whose
 * derivations and warnings {@code explain} shows. {@code energyBases} states the energy on each basis
 * published figures use; {@code footprintOrNull} is the carbon and water under the scenario's
 * environment, when it has one.
 */
public record Estimate(
        BackendInfo backend,
        Workload workload,
        String scenario,
        String profile,
        Range trainingSeconds,
        Range energyJoules,
        Range costUsd,
        List<HardwareLine> hardware,
        Range fabInvestmentUsd,
        Range heroMonth,
        PointResult nominal,
        List<Assumption> assumptions,
        List<String> warnings,
        int evaluations,
        EnergyBases energyBases,
        Footprint footprintOrNull) {

    public Estimate {
        hardware = List.copyOf(hardware);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
        if (energyBases == null) {
            energyBases = EnergyBases.facilityOnly(energyJoules);
        }
    }

    /** An estimate with the facility basis only and no footprint. */
    public Estimate(BackendInfo backend, Workload workload, String scenario, String profile, Range trainingSeconds,
                    Range energyJoules, Range costUsd, List<HardwareLine> hardware, Range fabInvestmentUsd, Range heroMonth,
                    PointResult nominal, List<Assumption> assumptions, List<String> warnings, int evaluations) {
        this(backend, workload, scenario, profile, trainingSeconds, energyJoules, costUsd, hardware, fabInvestmentUsd, heroMonth,
                nominal, assumptions, warnings, evaluations, null, null);
    }

    public Optional<Footprint> footprint() {
        return Optional.ofNullable(footprintOrNull);
    }

    public Estimate withFootprint(Footprint footprint) {
        return new Estimate(backend, workload, scenario, profile, trainingSeconds, energyJoules, costUsd, hardware,
                fabInvestmentUsd, heroMonth, nominal, assumptions, warnings, evaluations, energyBases, footprint);
    }

    public String backendId() {
        return backend.id();
    }
}
