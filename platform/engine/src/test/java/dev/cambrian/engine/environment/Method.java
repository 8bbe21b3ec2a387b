package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;
import java.util.Map;

/** A small environment with round, point-valued factors, so footprints can be checked with pencil and paper. */
final class Method {
    static final String H100 = "H100 SXM 80GB";

    private Method() {
    }

    static Factor point(String name, String unit, double value) {
        return new Factor(name, unit, Range.of(value), "test");
    }

    static EmbodiedMethod embodied() {
        return new EmbodiedMethod(Map.of(H100, new DeviceMaterials(H100, "5nm", Range.of(814), 80, "H100 whitepaper")),
                Map.of("5nm", new Factor("cpa-5nm", "kgCO2e/cm2", new Range(1.4, 1.9, 2.6), "ACT")),
                point("memory", "kgCO2e/GB", 0.3), point("packaging", "kgCO2e", 20), point("host", "kgCO2e", 300),
                new Factor("unknown-device", "kgCO2e", new Range(100, 400, 2000), "assumption"), point("lifetime", "y", 5));
    }

    static Environment environment(double kgPerKwh) {
        return new Environment(new GridFactor("xx", "Test grid", Range.of(kgPerKwh), false, "test grid"),
                point("offsite", "L/kWh", 3.142), point("wue", "L/kWh", 0.55), embodied());
    }
}
