package dev.cambrian.engine.environment;

import dev.cambrian.api.Range;

/**
 * What one device is made of, for its embodied carbon: logic die area (a range where the vendor does
 * not publish it), the process node class whose carbon per area applies, and memory capacity.
 *
 * @param kind the device kind as hardware lines name it ("H100 SXM 80GB")
 * @param node a node class with a carbon-per-area factor ("7nm", "5nm", ...)
 */
public record DeviceMaterials(String kind, String node, Range logicAreaMm2, double memoryGb, String source) {
}
