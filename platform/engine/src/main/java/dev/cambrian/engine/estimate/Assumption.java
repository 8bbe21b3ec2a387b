package dev.cambrian.engine.estimate;

import dev.cambrian.api.Range;

/** A parameter whose value in force differs from the backend's declared default, and why. */
public record Assumption(String backendId, String parameter, String unit, Range defaultValue, Range value, String origin) {
}
