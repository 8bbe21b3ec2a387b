package dev.cambrian.engine.estimate;

import dev.cambrian.api.Range;

/** Devices of one kind in an estimate, as ranges. */
public record HardwareLine(String kind, Range count, Range deviceHours) {
}
