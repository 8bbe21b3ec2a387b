package dev.cambrian.engine.project;

import java.util.OptionalInt;

/** The first year whose cloud training cost exceeds a reference line; empty if none in the projected range. */
public record Crossing(String lineId, OptionalInt year) {
}
