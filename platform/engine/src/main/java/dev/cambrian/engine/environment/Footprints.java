package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;
import dev.cambrian.api.formula.Units;
import dev.cambrian.engine.estimate.Estimate;
import dev.cambrian.engine.estimate.HardwareLine;
import java.util.ArrayList;
import java.util.List;

/** Carbon and water from an estimate's energy and hardware, under an environment. The footprint formulas live here. */
public final class Footprints {
    private Footprints() {
    }

    public static Footprint of(Estimate estimate, Environment env) {
        EnergyBases bases = estimate.energyBases();
        Range facilityKwh = bases.facilityJoules().times(1 / Units.JOULES_PER_KWH);
        List<String> notes = new ArrayList<>();
        Range itKwh;
        if (bases.itJoules().isPresent()) {
            itKwh = bases.itJoules().get().times(1 / Units.JOULES_PER_KWH);
        } else {
            itKwh = facilityKwh;
            notes.add("no IT basis declared (relative model): on-site water is counted on facility energy, an upper bound");
        }
        Range operational = Ranges.product(facilityKwh, env.grid().kgCo2ePerKwh());
        List<Footprint.EmbodiedLine> lines = new ArrayList<>();
        Range embodied = Range.of(0);
        for (HardwareLine h : estimate.hardware()) {
            EmbodiedMethod.PerDevice d = env.embodied().perDevice(h.kind());
            Range run = env.embodied().runShare(d.kgCo2e(), h.deviceHours());
            lines.add(new Footprint.EmbodiedLine(h.kind(), d.kgCo2e(), run, d.derivation(), d.source()));
            embodied = embodied.plus(run);
        }
        Range onsite = Ranges.product(itKwh, env.onsiteWue().value());
        Range offsite = Ranges.product(facilityKwh, env.offsiteWater().value());
        return new Footprint(bases, env.grid(), operational, embodied, lines, onsite, offsite, notes);
    }
}
