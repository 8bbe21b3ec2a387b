package dev.cambrian.api;

/** How a parameter varies inside its range when the host samples or bounds it. */
public enum Distribution {
    /** A decision or a fact (device count, datasheet peak): not varied. */
    FIXED,
    TRIANGULAR,
    UNIFORM,
    LOG_UNIFORM
}
