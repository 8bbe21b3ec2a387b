package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;
import java.util.List;

/**
 * A run's environmental footprint: energy on each basis, operational carbon (facility energy x grid
 * intensity), embodied carbon (each device kind's share of its life), and water (on-site: IT energy x
 * WUE; off-site: facility energy x the grid's water intensity, as li2023thirsty §3.1 counts it).
 */
public record Footprint(
        EnergyBases energy,
        GridFactor grid,
        Range operationalKgCo2e,
        Range embodiedKgCo2e,
        List<EmbodiedLine> embodied,
        Range onsiteWaterLitres,
        Range offsiteWaterLitres,
        List<String> notes) {

    public Footprint {
        embodied = List.copyOf(embodied);
        notes = List.copyOf(notes);
    }

    /** One device kind's embodied carbon: per device and the run's share. */
    public record EmbodiedLine(String kind, Range perDeviceKgCo2e, Range runKgCo2e, String derivation, String source) {
    }

    public Range totalKgCo2e() {
        return operationalKgCo2e.plus(embodiedKgCo2e);
    }

    public Range waterLitres() {
        return onsiteWaterLitres.plus(offsiteWaterLitres);
    }
}
