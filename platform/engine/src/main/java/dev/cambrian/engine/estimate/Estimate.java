package dev.cambrian.engine.estimate;

import dev.cambrian.api.BackendInfo;
import dev.cambrian.api.Range;
import dev.cambrian.api.Workload;
import java.util.List;

/**
 * One backend on one workload under one scenario. Ranged figures span the corners of the uncertain
 * parameters' ranges; {@code nominal} is the run at every parameter's nominal value, whose
 * derivations and warnings {@code explain} shows.
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
        int evaluations) {

    public Estimate {
        hardware = List.copyOf(hardware);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
    }

    public String backendId() {
        return backend.id();
    }
}
