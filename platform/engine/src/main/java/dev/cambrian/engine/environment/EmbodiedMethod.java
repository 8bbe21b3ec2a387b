package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Embodied carbon per device, LLMCarbon-style (faiz2024llmcarbon §3.5, after gupta2022act): logic die area x carbon per area of its node + memory x carbon per GB + packaging + the host's
 * share. A run is charged its share of the device's life: device-hours / lifetime hours ({@link Footprints}).
 */
public record EmbodiedMethod(Map<String, DeviceMaterials> devices, Map<String, Factor> carbonPerAreaByNode, Factor memory,
                             Factor packaging, Factor host, Factor unknownDevice, Factor lifetime) {
    private static final double MM2_PER_CM2 = 100;
    static final double HOURS_PER_YEAR = 8760;

    public EmbodiedMethod {
        devices = Map.copyOf(devices);
        carbonPerAreaByNode = Map.copyOf(carbonPerAreaByNode);
        for (DeviceMaterials d : devices.values()) {
            if (!carbonPerAreaByNode.containsKey(d.node())) {
                throw new IllegalArgumentException(d.kind() + ": no carbon per area for node " + d.node());
            }
        }
        if (lifetime.value().low() <= 0) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
    }

    /** One device kind's embodied carbon, and how it was found. */
    public record PerDevice(String kind, Range kgCo2e, String derivation, String source) {
    }

    public PerDevice perDevice(String kind) {
        Optional<DeviceMaterials> known = Optional.ofNullable(devices.get(kind));
        if (known.isEmpty()) {
            return new PerDevice(kind, unknownDevice.value(), "no published die area or memory for this kind",
                    unknownDevice.source());
        }
        DeviceMaterials d = known.get();
        Factor cpa = carbonPerAreaByNode.get(d.node());
        Range areaCm2 = d.logicAreaMm2().times(1 / MM2_PER_CM2);
        Range die = new Range(areaCm2.low() * cpa.value().low(), areaCm2.nominal() * cpa.value().nominal(),
                areaCm2.high() * cpa.value().high());
        Range memoryKg = memory.value().times(d.memoryGb());
        Range kg = die.plus(memoryKg).plus(packaging.value()).plus(host.value());
        String derivation = String.format(java.util.Locale.ROOT,
                "%.0f mm2 x %.2f kgCO2e/cm2 (%s) + %.0f GB x %.2f kgCO2e/GB + packaging %.0f kg + host share %.0f kg",
                d.logicAreaMm2().nominal(), cpa.value().nominal(), d.node(), d.memoryGb(), memory.value().nominal(),
                packaging.value().nominal(), host.value().nominal());
        return new PerDevice(kind, kg, derivation, d.source() + "; " + cpa.source());
    }

    /** The sources of the method's constants, by name, for notes and JSON. */
    public Map<String, String> factorSources() {
        Map<String, String> out = new LinkedHashMap<>();
        carbonPerAreaByNode.values().stream().sorted(java.util.Comparator.comparing(Factor::name))
                .forEach(f -> out.put(f.name(), f.source()));
        for (Factor f : new Factor[] {memory, packaging, host, unknownDevice, lifetime}) {
            out.put(f.name(), f.source());
        }
        return out;
    }
}
