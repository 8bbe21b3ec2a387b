package dev.cambrian.api;

/** How a parameter varies inside its range when the host samples or bounds it. */
public enum Distribution {
    /** A decision or a fact (device count, datasheet peak): not varied. */
    FIXED,
    TRIANGULAR,
    UNIFORM,
    LOG_UNIFORM;

    /** The id reports print ("log_uniform"): the same on every machine, whatever its locale. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
